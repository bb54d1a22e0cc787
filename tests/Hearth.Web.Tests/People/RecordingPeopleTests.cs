using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hearth.Core.Workforce;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Xunit;

namespace Hearth.Web.Tests.People;

public sealed class RecordingPeopleTests(HearthWebApp app)
{
    private static object Person(string family, string? nhs = null, string? upn = null, string dob = "2015-03-27") => new
    {
        person = new { givenNames = "Amelia", familyName = family, dateOfBirth = dob, sex = "F", nhsNumber = nhs, upn },
        address = new { line1 = "2 Mill Lane", town = "Ware", postcode = "sg12 9aa" },
    };

    [Fact]
    public async Task Recording_a_person_leaves_an_event_with_the_new_values_and_who_did_it()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var api = await app.ApiClientAsync(worker);
        var family = TestData.UniqueFamilyName();

        var response = await api.PostAsJsonAsync("/api/v1/people", Person(family));

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var recorded = await app.QueryAsync(db => db.ProcessEvents.Include(e => e.Subjects)
            .SingleAsync(e => e.EventType == "PersonRecorded" && e.Subjects.Any(s => s.PersonId == id)));
        recorded.UserId.ShouldBe(worker.Id);
        recorded.Payload.ShouldContain(family);
        recorded.Payload.ShouldContain("SG12 9AA");
    }

    [Fact]
    public async Task Changing_details_leaves_an_event_with_the_old_and_new_values()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var api = await app.ApiClientAsync(worker);
        var person = await app.CreatePersonAsync("Amelia", TestData.UniqueFamilyName());

        var response = await api.PutAsJsonAsync($"/api/v1/people/{person.Id}", new
        {
            givenNames = "Amelia",
            familyName = person.LegalName.FamilyName,
            dateOfBirth = "2015-03-27",
            sex = "F",
            religion = "Quaker",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var changed = await app.QueryAsync(db => db.ProcessEvents
            .SingleAsync(e => e.EventType == "PersonDetailsChanged" && e.Subjects.Any(s => s.PersonId == person.Id)));
        var payload = JsonDocument.Parse(changed.Payload).RootElement;
        payload.GetProperty("old").TryGetProperty("religion", out _).ShouldBeFalse();
        payload.GetProperty("new").GetProperty("religion").GetString().ShouldBe("Quaker");
        payload.GetProperty("changes")[0].GetProperty("field").GetString().ShouldBe("Religion");
    }

    [Theory]
    [InlineData("943 476 5918", null, "2015-03-27", "nhsNumber", "NHS number")]
    [InlineData(null, "A12345678901X", "2015-03-27", "upn", "UPN")]
    [InlineData(null, null, "2099-01-01", "dateOfBirth", "must be today or in the past")]
    public async Task Invalid_identifiers_and_dates_are_refused_through_the_api_and_nothing_is_saved(string? nhs, string? upn, string dob, string field, string message)
    {
        var api = await app.ApiClientAsync(await app.CreateUserAsync(Role.SocialWorker));
        var family = TestData.UniqueFamilyName();

        var response = await api.PostAsJsonAsync("/api/v1/people", Person(family, nhs, upn, dob));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors").EnumerateObject().ToList();
        errors.ShouldContain(e => e.Name.Equals(field, StringComparison.OrdinalIgnoreCase) && e.Value[0].GetString()!.Contains(message));
        (await app.QueryAsync(db => db.PersonNames.CountAsync(n => n.FamilyName == family))).ShouldBe(0);
    }

    [Fact]
    public async Task A_wrong_month_is_linked_from_the_error_summary_to_the_month_box()
    {
        var page = await app.SignInAsync(await app.CreateUserAsync(Role.SocialWorker));
        var family = TestData.UniqueFamilyName();

        var response = await page.PostFormAsync("/people/create?q=x", TestData.PersonFormFields("Amelia", family, "12", "13", "2020"));

        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("href=\"#Input_DateOfBirth_Month\"");
        html.ShouldContain("govuk-input--error\" id=\"Input_DateOfBirth_Month\"");
        html.ShouldNotContain("govuk-input--error\" id=\"Input_DateOfBirth_Day\"");
    }

    [Fact]
    public async Task An_impossible_date_on_the_create_page_gets_a_govuk_error_and_nothing_is_saved()
    {
        var page = await app.SignInAsync(await app.CreateUserAsync(Role.SocialWorker));
        var family = TestData.UniqueFamilyName();

        var response = await page.PostFormAsync("/people/create?q=x", TestData.PersonFormFields("Amelia", family, "31", "2", "2020", "not a postcode"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("There is a problem");
        html.ShouldContain("Date of birth must be a real date");
        html.ShouldContain("href=\"#Input_DateOfBirth_Day\"");
        // Only the wrong box is highlighted: there is no 31st of February, the month and year are fine.
        html.ShouldContain("govuk-input--error\" id=\"Input_DateOfBirth_Day\"");
        html.ShouldNotContain("govuk-input--error\" id=\"Input_DateOfBirth_Month\"");
        html.ShouldNotContain("govuk-input--error\" id=\"Input_DateOfBirth_Year\"");
        (await app.QueryAsync(db => db.PersonNames.CountAsync(n => n.FamilyName == family))).ShouldBe(0);
    }

    [Fact]
    public async Task A_wrong_postcode_on_the_create_page_is_refused_with_the_govuk_message()
    {
        var page = await app.SignInAsync(await app.CreateUserAsync(Role.SocialWorker));
        var family = TestData.UniqueFamilyName();

        var response = await page.PostFormAsync("/people/create?q=x", new(TestData.PersonFormFields("Amelia", family, "1", "2", "2020", "SW1A 1A")) { ["NoneOfTheseIsThePerson"] = "true" });

        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("Enter a real postcode, like SW1A 1AA");
        html.ShouldContain("href=\"#Input_Postcode\"");
        (await app.QueryAsync(db => db.PersonNames.CountAsync(n => n.FamilyName == family))).ShouldBe(0);
    }

    [Fact]
    public async Task A_likely_duplicate_is_shown_before_saving_and_nothing_is_saved_until_the_worker_confirms()
    {
        var page = await app.SignInAsync(await app.CreateUserAsync(Role.SocialWorker));
        var family = TestData.UniqueFamilyName();
        await app.CreatePersonAsync("Catherine", family, new DateOnly(2016, 5, 4));
        var form = TestData.PersonFormFields("Kathryn", family, "4", "5", "2016");

        var first = await page.PostFormAsync("/people/create?q=x", form);

        (await first.Content.ReadAsStringAsync()).ShouldContain("This person may already have a record");
        (await app.QueryAsync(db => db.PersonNames.CountAsync(n => n.FamilyName == family))).ShouldBe(1);
        // Being shown as a possible duplicate is a read of that record, and is logged like any search list.
        var existing = await app.QueryAsync(db => db.PersonNames.Where(n => n.FamilyName == family).Select(n => n.PersonId).SingleAsync());
        (await app.QueryAsync(db => db.AccessEvents.AnyAsync(a => a.PersonId == existing && a.Kind == Hearth.Core.Audit.AccessKind.AppearedInSearchResults)))
            .ShouldBeTrue();

        form["NoneOfTheseIsThePerson"] = "true";
        var confirmed = await page.PostFormAsync("/people/create?q=x", form);
        confirmed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.QueryAsync(db => db.PersonNames.CountAsync(n => n.FamilyName == family))).ShouldBe(2);
    }

    [Fact]
    public async Task The_api_answers_409_with_the_likely_duplicate_until_the_caller_confirms_it_is_someone_else()
    {
        var api = await app.ApiClientAsync(await app.CreateUserAsync(Role.SocialWorker));
        var family = TestData.UniqueFamilyName();
        var first = await api.PostAsJsonAsync("/api/v1/people", Person(family));
        var firstId = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var again = await api.PostAsJsonAsync("/api/v1/people", Person(family));

        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var matches = await again.Content.ReadFromJsonAsync<JsonElement>();
        matches.EnumerateArray().ShouldContain(m => m.GetProperty("id").GetGuid() == firstId && m.GetProperty("strength").GetString() == "Likely");
        (await app.QueryAsync(db => db.PersonNames.CountAsync(n => n.FamilyName == family))).ShouldBe(1);

        var confirmed = await api.PostAsJsonAsync("/api/v1/people", new
        {
            person = new { givenNames = "Amelia", familyName = family, dateOfBirth = "2015-03-27", sex = "F" },
            noneOfTheseIsThePerson = true,
        });
        confirmed.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Theory]
    [InlineData("2020-02-31")]
    [InlineData("31/02/2020")]
    [InlineData("not a date")]
    public async Task An_impossible_date_sent_to_the_api_is_a_400_and_nothing_is_saved(string dob)
    {
        var api = await app.ApiClientAsync(await app.CreateUserAsync(Role.SocialWorker));
        var family = TestData.UniqueFamilyName();

        var response = await api.PostAsync("/api/v1/people", new StringContent(
            $$$"""{"person":{"givenNames":"Amelia","familyName":"{{{family}}}","dateOfBirth":"{{{dob}}}","sex":"F"}}""",
            System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await app.QueryAsync(db => db.PersonNames.CountAsync(n => n.FamilyName == family))).ShouldBe(0);
    }
}
