using System.Net;
using Hearth.Core.Audit;
using Hearth.Core.Documents;
using Hearth.Core.FrontDoor;
using Hearth.Core.Workforce;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Xunit;

namespace Hearth.Web.Tests.FrontDoor;

public sealed class ContactPagesTests(HearthWebApp app)
{
    private static Dictionary<string, string> Form(Guid submissionKey, string concern = "Seen with a bruise on the cheek.") => new()
    {
        ["Form.SubmissionKey"] = submissionKey.ToString(),
        ["Form.ReceivedDate.Day"] = "20",
        ["Form.ReceivedDate.Month"] = "11",
        ["Form.ReceivedDate.Year"] = "2026",
        ["Form.ReceivedTime"] = "10:15",
        ["Form.Channel"] = "Phone",
        ["Form.Type"] = "Concern",
        ["Form.IsReferral"] = "no",
        ["Form.ReferrerName"] = "Pat Teacher",
        ["Form.ReferralSource"] = "2A",
        ["Form.Concern"] = concern,
        ["Form.Consent"] = "Given",
    };

    [Fact]
    public async Task A_worker_records_a_contact_about_a_child_and_a_sibling_and_it_shows_in_both_histories()
    {
        var worker = await app.CreateUserAsync(Role.FrontDoorWorker);
        var family = TestData.UniqueFamilyName();
        var child = await app.CreatePersonAsync("Hal", family);
        var sibling = await app.CreatePersonAsync("Ivy", family, new DateOnly(2019, 2, 2));
        var mother = await app.CreatePersonAsync("Jo", family, new DateOnly(1990, 1, 1));
        await app.RelateAsync(child.Id, mother);
        await app.RelateAsync(sibling.Id, mother);
        var page = await app.SignInAsync(worker);
        var form = await page.GetHtmlAsync($"/front-door/contacts/new?child={child.Id}");
        form.ShouldContain("Hal " + family);

        // Siblings are offered through the household; here the sibling shares a parent, not a stored sibling row.
        var fields = Form(Guid.NewGuid());
        var response = await page.PostFormAsync($"/front-door/contacts/new?child={child.Id}", fields);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var contactUrl = response.Headers.Location!.ToString();
        var contactPage = await page.GetHtmlAsync(contactUrl);
        contactPage.ShouldContain("Seen with a bruise on the cheek.");

        var contact = await app.QueryAsync(db => db.Contacts.Include(c => c.Children).SingleAsync(c => c.Children.Any(l => l.PersonId == child.Id)));
        contact.ReceivedAt.ShouldBe(Hearth.Core.Data.EnglandClock.FromEnglandTime(new DateTime(2026, 11, 20, 10, 15, 0)));
        var history = await page.GetHtmlAsync($"/people/{child.Id}/history");
        history.ShouldContain($"Contact {contact.Reference} received");
        (await app.QueryAsync(db => db.AccessEvents.CountAsync(a => a.PersonId == child.Id && a.Kind == AccessKind.ViewedContact))).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task A_replayed_contact_form_makes_one_contact_and_says_it_was_already_sent()
    {
        var worker = await app.CreateUserAsync(Role.FrontDoorWorker);
        var child = await app.CreatePersonAsync("Kit", TestData.UniqueFamilyName());
        var page = await app.SignInAsync(worker);
        var fields = Form(Guid.NewGuid());
        var url = $"/front-door/contacts/new?child={child.Id}";

        (await page.PostFormAsync(url, fields)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var replay = await page.PostFormAsync(url, fields);

        replay.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await replay.Content.ReadAsStringAsync()).ShouldContain("This form has already been sent");
        (await app.QueryAsync(db => db.ContactChildren.CountAsync(l => l.PersonId == child.Id))).ShouldBe(1);
    }

    [Fact]
    public async Task A_consent_override_without_who_decided_and_why_is_refused_and_nothing_is_saved()
    {
        var worker = await app.CreateUserAsync(Role.FrontDoorWorker);
        var child = await app.CreatePersonAsync("Lou", TestData.UniqueFamilyName());
        var page = await app.SignInAsync(worker);
        var fields = Form(Guid.NewGuid());
        fields["Form.Consent"] = "Overridden";

        var response = await page.PostFormAsync($"/front-door/contacts/new?child={child.Id}", fields);

        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("govuk-error-summary");
        html.ShouldContain("Enter who decided to override consent");
        html.ShouldContain("Enter why seeking consent would place the child at risk");
        (await app.QueryAsync(db => db.ContactChildren.CountAsync(l => l.PersonId == child.Id))).ShouldBe(0);
    }

    [Fact]
    public async Task A_contact_dated_in_the_future_is_refused()
    {
        var worker = await app.CreateUserAsync(Role.FrontDoorWorker);
        var child = await app.CreatePersonAsync("Max", TestData.UniqueFamilyName());
        var page = await app.SignInAsync(worker);
        var fields = Form(Guid.NewGuid());
        fields["Form.ReceivedDate.Year"] = (DateTime.UtcNow.Year + 1).ToString();

        var html = await (await page.PostFormAsync($"/front-door/contacts/new?child={child.Id}", fields)).Content.ReadAsStringAsync();

        html.ShouldContain("The date and time received must be now or in the past");
        (await app.QueryAsync(db => db.ContactChildren.CountAsync(l => l.PersonId == child.Id))).ShouldBe(0);
    }

    [Fact]
    public async Task Script_in_a_contact_is_shown_as_text_never_run()
    {
        var worker = await app.CreateUserAsync(Role.FrontDoorWorker);
        var child = await app.CreatePersonAsync("Ned", TestData.UniqueFamilyName());
        var contact = await app.RecordContactAsync(worker, FrontDoorTestData.Contact(child.Id) with { Concern = "<script>alert('x')</script><b>bold</b>" });
        var page = await app.SignInAsync(worker);

        var html = await page.GetHtmlAsync($"/front-door/contacts/{contact.Id}");

        html.ShouldNotContain("<script>alert");
        html.ShouldContain("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;&lt;b&gt;bold&lt;/b&gt;");
    }

    [Fact]
    public async Task The_queue_puts_a_red_contact_before_a_green_one_received_earlier()
    {
        var worker = await app.CreateUserAsync(Role.FrontDoorWorker);
        var child = await app.CreatePersonAsync("Oli", TestData.UniqueFamilyName());
        var green = await app.RecordContactAsync(worker, FrontDoorTestData.Contact(child.Id) with { ReceivedAt = DateTime.UtcNow.AddHours(-3) });
        var red = await app.RecordContactAsync(worker, FrontDoorTestData.Contact(child.Id) with { ReceivedAt = DateTime.UtcNow.AddHours(-1) });
        await app.RateAsync(worker, green.Id, RagRating.Green);
        await app.RateAsync(worker, red.Id, RagRating.Red);

        var queue = await app.InScopeAsync(sp => Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<FrontDoorQueue>(sp).OpenContactsAsync(worker.Ctx(), 1));
        var all = new List<QueueRow>(queue.Rows);
        for (var p = 2; p <= queue.Pages; p++)
        {
            var page = p;
            all.AddRange((await app.InScopeAsync(sp => Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
                .GetRequiredService<FrontDoorQueue>(sp).OpenContactsAsync(worker.Ctx(), page))).Rows);
        }
        all.FindIndex(r => r.ContactId == red.Id).ShouldBeLessThan(all.FindIndex(r => r.ContactId == green.Id));
        all.Single(r => r.ContactId == red.Id).Children.ShouldHaveSingleItem().Name.ShouldBe($"Oli {child.LegalName.FamilyName}");
    }

    [Fact]
    public async Task A_contact_about_a_restricted_child_is_not_found_for_someone_not_named_and_the_queue_does_not_name_the_child()
    {
        var (manager, outsider) = (await app.CreateUserAsync(Role.TeamManager), await app.CreateUserAsync(Role.FrontDoorWorker));
        var family = TestData.UniqueFamilyName();
        var child = await app.CreatePersonAsync("Pia", family);
        var contact = await app.RecordContactAsync(manager, FrontDoorTestData.Contact(child.Id));
        await app.RestrictAsync(child.Id, manager);
        var page = await app.SignInAsync(outsider);

        (await page.GetAsync($"/front-door/contacts/{contact.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await page.GetAsync($"/front-door/contacts/{contact.Id}/decision")).Headers.Location!.ToString().ShouldContain("/forbidden");
        var queue = await page.GetHtmlAsync("/front-door?page=1");
        queue.ShouldNotContain(family);
        (await app.QueryAsync(db => db.AccessEvents.CountAsync(a => a.PersonId == child.Id && a.UserId == outsider.Id && a.Kind == AccessKind.RefusedRestrictedRecord)))
            .ShouldBe(1);
    }

    [Fact]
    public async Task The_outcome_letter_is_a_pdf_stored_on_the_contact_and_recorded_as_sent()
    {
        var (worker, manager) = (await app.CreateUserAsync(Role.FrontDoorWorker), await app.CreateUserAsync(Role.TeamManager));
        var child = await app.CreatePersonAsync("Quin", TestData.UniqueFamilyName());
        var contact = await app.RecordContactAsync(worker, FrontDoorTestData.Contact(child.Id));
        await app.DecideAsync(manager, contact.Id, ThresholdOutcome.ReferralForAssessment);
        var page = await app.SignInAsync(worker);

        var generated = await page.PostFormAsync($"/front-door/contacts/{contact.Id}?handler=GenerateLetter", new() { ["kind"] = "Outcome" }, $"/front-door/contacts/{contact.Id}");
        generated.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var letter = await app.QueryAsync(db => db.ReferrerLetters.SingleAsync(l => l.ContactId == contact.Id));
        var pdf = await page.GetAsync($"/front-door/contacts/{contact.Id}/letters/{letter.Id}");
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        // Lines wrap where the page does; compare the words.
        var text = string.Join(' ', PdfText.ExtractText(await pdf.Content.ReadAsByteArrayAsync()).Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
        text.ShouldContain(contact.Reference);
        text.ShouldContain("a social worker will carry out an assessment");
        text.ShouldNotContain(child.LegalName.FamilyName);

        var sentUrl = $"/front-door/contacts/{contact.Id}/letters/{letter.Id}/sent";
        var today = DateOnly.FromDateTime(Hearth.Core.Data.EnglandClock.ToEnglandTime(DateTime.UtcNow));
        var sent = await page.PostFormAsync(sentUrl, new()
        {
            ["SentOn.Day"] = today.Day.ToString(),
            ["SentOn.Month"] = today.Month.ToString(),
            ["SentOn.Year"] = today.Year.ToString(),
            ["SentTo"] = "dsl@school.example",
        });
        sent.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.QueryAsync(db => db.ReferrerLetters.SingleAsync(l => l.Id == letter.Id))).SentOn.ShouldBe(today);
        (await page.GetHtmlAsync($"/people/{child.Id}/history")).ShouldContain("Outcome letter to the referrer sent");
    }

    [Fact]
    public async Task The_decision_page_shows_the_household_history_and_warns_of_a_re_referral()
    {
        var (worker, manager) = (await app.CreateUserAsync(Role.FrontDoorWorker), await app.CreateUserAsync(Role.TeamManager));
        var family = TestData.UniqueFamilyName();
        var child = await app.CreatePersonAsync("Rue", family);
        var mother = await app.CreatePersonAsync("Sal", family, new DateOnly(1988, 1, 1));
        await app.RelateAsync(child.Id, mother);
        var earlier = await app.RecordContactAsync(worker, FrontDoorTestData.Contact(child.Id) with { ReceivedAt = DateTime.UtcNow.AddDays(-40) });
        await app.DecideAsync(manager, earlier.Id, ThresholdOutcome.ReferralForAssessment);
        var now = await app.RecordContactAsync(worker, FrontDoorTestData.Contact(child.Id));
        var page = await app.SignInAsync(manager);

        var html = await page.GetHtmlAsync($"/front-door/contacts/{now.Id}/decision");

        html.ShouldContain(earlier.Reference);
        html.ShouldContain("would be a re-referral");
        html.ShouldContain("Sal " + family);
    }

    [Fact]
    public async Task A_front_door_worker_may_screen_but_not_make_the_threshold_decision()
    {
        var worker = await app.CreateUserAsync(Role.FrontDoorWorker);
        var child = await app.CreatePersonAsync("Tam", TestData.UniqueFamilyName());
        var contact = await app.RecordContactAsync(worker, FrontDoorTestData.Contact(child.Id));
        var page = await app.SignInAsync(worker);

        (await page.GetAsync($"/front-door/contacts/{contact.Id}/rate")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await page.GetAsync($"/front-door/contacts/{contact.Id}/decision")).Headers.Location!.ToString().ShouldContain("/forbidden");
    }
}
