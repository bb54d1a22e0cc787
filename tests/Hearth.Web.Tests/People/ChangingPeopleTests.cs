using System.Net;
using Hearth.Core.People;
using Hearth.Core.Workforce;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Xunit;

namespace Hearth.Web.Tests.People;

public sealed class ChangingPeopleTests(HearthWebApp app)
{
    [Fact]
    public async Task A_new_legal_name_keeps_the_old_one_as_a_previous_name_that_search_still_finds()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var oldFamily = TestData.UniqueFamilyName();
        var newFamily = TestData.UniqueFamilyName();
        var child = await app.CreatePersonAsync("Freya", oldFamily);
        var page = await app.SignInAsync(worker);

        var response = await page.PostFormAsync($"/people/{child.Id}/details", new(TestData.PersonFormFields("Freya", newFamily, "27", "3", "2015")) { ["Reason"] = "Adopted the family name of her stepfather" });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var names = await app.QueryAsync(db => db.PersonNames.Where(n => n.PersonId == child.Id).ToListAsync());
        names.ShouldContain(n => n.Kind == NameKind.Legal && n.FamilyName == newFamily && n.EndDate == null);
        names.ShouldContain(n => n.Kind == NameKind.Previous && n.FamilyName == oldFamily);
        (await page.GetHtmlAsync($"/people/search?q=Freya+{oldFamily}")).ShouldContain($"Freya {newFamily}");
        var changed = await app.QueryAsync(db => db.ProcessEvents.SingleAsync(e => e.EventType == "PersonDetailsChanged" && e.Subjects.Any(s => s.PersonId == child.Id)));
        changed.Reason.ShouldBe("Adopted the family name of her stepfather");
    }

    [Fact]
    public async Task Date_of_death_former_UPN_and_communication_needs_are_recorded_and_a_bad_former_UPN_is_refused()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var family = TestData.UniqueFamilyName();
        var child = await app.CreatePersonAsync("Freya", family);
        var page = await app.SignInAsync(worker);
        var fields = TestData.PersonFormFields("Freya", family, "27", "3", "2015");
        fields["Input.AsksDateOfDeath"] = "true";
        fields["Input.FormerUpn"] = "not-a-upn";

        var refused = await page.PostFormAsync($"/people/{child.Id}/details", fields);

        (await refused.Content.ReadAsStringAsync()).ShouldContain("Enter a valid former UPN");
        fields["Input.FormerUpn"] = "";
        fields["Input.CommunicationNeeds"] = "Uses Makaton";
        fields["Input.DateOfDeath.Day"] = "2";
        fields["Input.DateOfDeath.Month"] = "11";
        fields["Input.DateOfDeath.Year"] = "2026";
        (await page.PostFormAsync($"/people/{child.Id}/details", fields)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var saved = await app.QueryAsync(db => db.People.SingleAsync(p => p.Id == child.Id));
        saved.DateOfDeath.ShouldBe(new DateOnly(2026, 11, 2));
        saved.CommunicationNeeds.ShouldBe("Uses Makaton");
        (await page.GetHtmlAsync($"/people/{child.Id}")).ShouldContain("Died 2 November 2026");
    }

    [Fact]
    public async Task Why_a_child_has_no_UPN_is_recorded_for_the_census_and_refused_beside_a_UPN_or_as_an_unknown_code()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var family = TestData.UniqueFamilyName();
        var child = await app.CreatePersonAsync("Freya", family);
        var page = await app.SignInAsync(worker);
        var fields = TestData.PersonFormFields("Freya", family, "27", "3", "2015");
        fields["Input.UpnUnknownReason"] = "UN9";
        (await (await page.PostFormAsync($"/people/{child.Id}/details", fields)).Content.ReadAsStringAsync()).ShouldContain("Select why the child has no UPN from the list");
        fields["Input.UpnUnknownReason"] = "UN3";
        fields["Input.Upn"] = "T999400126001";
        (await (await page.PostFormAsync($"/people/{child.Id}/details", fields)).Content.ReadAsStringAsync()).ShouldContain("Leave the reason blank when the UPN is recorded");
        (await app.QueryAsync(db => db.People.SingleAsync(p => p.Id == child.Id))).UpnUnknownReason.ShouldBeNull();

        fields["Input.Upn"] = "";
        (await page.PostFormAsync($"/people/{child.Id}/details", fields)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await app.QueryAsync(db => db.People.SingleAsync(p => p.Id == child.Id))).UpnUnknownReason.ShouldBe("UN3");
        (await page.GetHtmlAsync($"/people/{child.Id}")).ShouldContain("UN3: educated outside England");
    }

    [Fact]
    public async Task A_move_ends_the_current_address_the_day_before_and_keeps_it_in_the_history()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var child = await app.CreatePersonAsync("Freya", TestData.UniqueFamilyName(), postcode: "SG13 8DQ");
        var page = await app.SignInAsync(worker);
        var moved = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3);

        var response = await page.PostFormAsync($"/people/{child.Id}/address", new()
        {
            ["Line1"] = "4 Orchard Way",
            ["Town"] = "Hitchin",
            ["Postcode"] = "sg4 9rz",
            ["StartDate.Day"] = $"{moved.Day}",
            ["StartDate.Month"] = $"{moved.Month}",
            ["StartDate.Year"] = $"{moved.Year}",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var addresses = await app.QueryAsync(db => db.PersonAddresses.Where(a => a.PersonId == child.Id).OrderBy(a => a.StartDate).ToListAsync());
        addresses.Select(a => a.Postcode).ShouldBe(["SG13 8DQ", "SG4 9RZ"]);
        addresses[0].EndDate.ShouldBe(moved.AddDays(-1));
        addresses[1].EndDate.ShouldBeNull();
    }

    [Fact]
    public async Task A_move_with_a_postcode_that_is_not_real_is_refused_and_the_address_is_unchanged()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var child = await app.CreatePersonAsync("Freya", TestData.UniqueFamilyName(), postcode: "SG13 8DQ");
        var page = await app.SignInAsync(worker);

        var response = await page.PostFormAsync($"/people/{child.Id}/address", new()
        {
            ["Line1"] = "4 Orchard Way",
            ["Town"] = "Hitchin",
            ["Postcode"] = "12345",
            ["StartDate.Day"] = "1",
            ["StartDate.Month"] = "1",
            ["StartDate.Year"] = "2026",
        });

        (await response.Content.ReadAsStringAsync()).ShouldContain("Enter a real postcode, like SW1A 1AA");
        (await app.QueryAsync(db => db.PersonAddresses.CountAsync(a => a.PersonId == child.Id))).ShouldBe(1);
    }
}

public sealed class EndingRelationshipsTests(HearthWebApp app)
{
    [Fact]
    public async Task Ending_a_relationship_keeps_it_on_both_records_with_its_end_date_and_it_leaves_the_household()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var family = TestData.UniqueFamilyName();
        var child = await app.CreatePersonAsync("Ruby", family);
        var partner = await app.CreatePersonAsync("Rex", TestData.UniqueFamilyName(), new DateOnly(1985, 5, 5), sex: "M");
        var relationship = await app.RelateAsync(child.Id, partner);
        var page = await app.SignInAsync(worker);
        var ended = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);

        var response = await page.PostFormAsync($"/people/{child.Id}/relationships/{relationship}/end", new()
        {
            ["EndDate.Day"] = $"{ended.Day}",
            ["EndDate.Month"] = $"{ended.Month}",
            ["EndDate.Year"] = $"{ended.Year}",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var saved = await app.QueryAsync(db => db.Relationships.SingleAsync(r => r.Id == relationship));
        saved.EndDate.ShouldBe(ended);
        saved.SameHousehold.ShouldBeFalse();
        (await page.GetHtmlAsync($"/people/{partner.Id}/relationships")).ShouldContain($"(ended {ended:d MMM yyyy})");
        (await page.GetAsync($"/people/{child.Id}/relationships/{relationship}/end")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

public sealed class SignInAndFormSafetyTests(HearthWebApp app)
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var user = await app.CreateUserAsync(Role.SocialWorker);
        var page = new PageClient(app.AnonymousClient());
        for (var i = 0; i < 5; i++)
        {
            await page.PostFormAsync("/sign-in", new() { ["UserName"] = user.UserName, ["Password"] = "wrong" });
        }

        var response = await page.PostFormAsync("/sign-in", new() { ["UserName"] = user.UserName, ["Password"] = HearthWebApp.TestPassword });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Your account is locked");
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused_and_nothing_is_saved()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var child = await app.CreatePersonAsync("Freya", TestData.UniqueFamilyName());
        var page = await app.SignInAsync(worker);

        var response = await page.Http.PostAsync($"/people/{child.Id}/names/add", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["AliasGivenNames"] = "Fifi",
            ["AliasFamilyName"] = "Forged",
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await app.QueryAsync(db => db.PersonNames.CountAsync(n => n.PersonId == child.Id))).ShouldBe(1);
    }

    [Fact]
    public async Task Another_name_is_saved_and_found_by_search()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var alias = TestData.UniqueFamilyName();
        var child = await app.CreatePersonAsync("Freya", TestData.UniqueFamilyName());
        var page = await app.SignInAsync(worker);

        (await page.PostFormAsync($"/people/{child.Id}/names/add", new() { ["AliasGivenNames"] = "Fifi", ["AliasFamilyName"] = alias }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await page.GetHtmlAsync($"/people/search?q=Fifi+{alias}")).ShouldContain($"Freya {child.LegalName.FamilyName}");
    }
}
