using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hearth.Core.Audit;
using Hearth.Core.FrontDoor;
using Hearth.Core.Workforce;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Xunit;

namespace Hearth.Web.Tests.FrontDoor;

public sealed class FrontDoorApiTests(HearthWebApp app)
{
    private static object ContactBody(Guid submissionKey, DateTimeOffset receivedAt, params Guid[] children) => new
    {
        submissionKey,
        receivedAt,
        channel = "Email",
        type = "Concern",
        referrerName = "PC Alex Constable",
        referrerOrganisation = "Hearthshire Police",
        referralSource = "6",
        concern = "Officers attended a domestic incident; the children were present.",
        consent = "Overridden",
        consentOverriddenBy = "DS Khan",
        consentOverrideReason = "Telling the father would put the mother and children at risk.",
        isReferral = true,
        children,
    };

    [Fact]
    public async Task A_partner_system_sends_a_contact_and_reads_back_its_status_and_each_read_is_logged_as_an_api_read()
    {
        var worker = await app.CreateUserAsync(Role.FrontDoorWorker);
        var api = await app.ApiClientAsync(worker);
        var child = await app.CreatePersonAsync("Noah", TestData.UniqueFamilyName());
        var key = Guid.NewGuid();

        var created = await api.PostAsJsonAsync("/api/v1/contacts", ContactBody(key, DateTimeOffset.UtcNow.AddMinutes(-20), child.Id));

        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetGuid();
        created.Headers.Location!.ToString().ShouldBe($"/api/v1/contacts/{id}");
        body.GetProperty("reference").GetString().ShouldStartWith("CT");
        body.GetProperty("status").GetString().ShouldBe("AwaitingDecision");

        var read = await api.GetFromJsonAsync<JsonElement>($"/api/v1/contacts/{id}");
        read.GetProperty("reference").GetString().ShouldBe(body.GetProperty("reference").GetString());
        read.GetProperty("channel").GetString().ShouldBe("Email");
        read.GetProperty("isReferral").GetBoolean().ShouldBeTrue();
        read.GetProperty("rag").ValueKind.ShouldBe(JsonValueKind.Null);
        read.GetProperty("decision").ValueKind.ShouldBe(JsonValueKind.Null);
        read.GetProperty("concern").GetString().ShouldBe("Officers attended a domestic incident; the children were present.");
        read.GetProperty("children").EnumerateArray().Select(c => c.GetGuid()).ShouldBe([child.Id]);
        (await app.QueryAsync(db => db.AccessEvents.CountAsync(a => a.PersonId == child.Id && a.Kind == AccessKind.ViewedContact
            && a.Channel == "api" && a.UserId == worker.Id))).ShouldBe(1);
    }

    [Fact]
    public async Task The_status_shows_the_rag_rating_deadline_and_decision_once_made()
    {
        var worker = await app.CreateUserAsync(Role.FrontDoorWorker);
        var manager = await app.CreateUserAsync(Role.TeamManager);
        var child = await app.CreatePersonAsync("Olive", TestData.UniqueFamilyName());
        var contact = await app.RecordContactAsync(worker, FrontDoorTestData.Contact(child.Id));
        await app.RateAsync(worker, contact.Id, RagRating.Amber);
        await app.DecideAsync(manager, contact.Id, ThresholdOutcome.ReferralForAssessment);

        var read = await (await app.ApiClientAsync(worker)).GetFromJsonAsync<JsonElement>($"/api/v1/contacts/{contact.Id}");

        read.GetProperty("rag").GetString().ShouldBe("Amber");
        read.GetProperty("decisionDueAt").ValueKind.ShouldBe(JsonValueKind.String);
        read.GetProperty("status").GetString().ShouldBe("Decided");
        read.GetProperty("decision").GetProperty("outcome").GetString().ShouldBe("ReferralForAssessment");
        read.GetProperty("decision").GetProperty("decidedAt").ValueKind.ShouldBe(JsonValueKind.String);
    }

    [Fact]
    public async Task A_contact_dated_in_the_future_is_refused_with_the_field_message_and_nothing_is_saved()
    {
        var api = await app.ApiClientAsync(await app.CreateUserAsync(Role.FrontDoorWorker));
        var child = await app.CreatePersonAsync("Piper", TestData.UniqueFamilyName());
        var key = Guid.NewGuid();

        var response = await api.PostAsJsonAsync("/api/v1/contacts", ContactBody(key, DateTimeOffset.UtcNow.AddDays(2), child.Id));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").GetProperty("ReceivedAt")[0].GetString().ShouldBe("The date and time received must be now or in the past");
        (await app.QueryAsync(db => db.Contacts.CountAsync(c => c.SubmissionKey == key))).ShouldBe(0);
    }

    [Fact]
    public async Task A_contact_with_codes_the_front_door_does_not_know_is_refused_field_by_field()
    {
        var api = await app.ApiClientAsync(await app.CreateUserAsync(Role.FrontDoorWorker));
        var child = await app.CreatePersonAsync("Quinn", TestData.UniqueFamilyName());

        var response = await api.PostAsJsonAsync("/api/v1/contacts", new
        {
            submissionKey = Guid.NewGuid(),
            receivedAt = DateTimeOffset.UtcNow,
            channel = "Carrier pigeon",
            type = "2",
            referralSource = "99",
            concern = "Worried.",
            consent = "Given",
            children = new[] { child.Id },
        });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.GetProperty("Channel")[0].GetString().ShouldBe("Select how the contact was received");
        errors.GetProperty("Type")[0].GetString().ShouldBe("Select the type of contact");
        errors.GetProperty("ReferralSource")[0].GetString()!.ShouldStartWith("Select who the contact is from");
    }

    [Fact]
    public async Task A_contact_sent_twice_with_one_submission_key_is_recorded_once()
    {
        var api = await app.ApiClientAsync(await app.CreateUserAsync(Role.FrontDoorWorker));
        var child = await app.CreatePersonAsync("Rowan", TestData.UniqueFamilyName());
        var key = Guid.NewGuid();
        var body = ContactBody(key, DateTimeOffset.UtcNow.AddMinutes(-5), child.Id);

        (await api.PostAsJsonAsync("/api/v1/contacts", body)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var again = await api.PostAsJsonAsync("/api/v1/contacts", body);

        again.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await again.Content.ReadAsStringAsync()).ShouldContain("This form has already been sent");
        (await app.QueryAsync(db => db.Contacts.CountAsync(c => c.SubmissionKey == key))).ShouldBe(1);
    }

    [Fact]
    public async Task A_role_without_record_contacts_is_refused_the_contacts_api_but_may_read_referrals()
    {
        var analyst = await app.CreateUserAsync(Role.PerformanceAnalyst);
        var worker = await app.CreateUserAsync(Role.FrontDoorWorker);
        var child = await app.CreatePersonAsync("Sage", TestData.UniqueFamilyName());
        var contact = await app.RecordContactAsync(worker, FrontDoorTestData.Contact(child.Id));
        var api = await app.ApiClientAsync(analyst);

        (await api.PostAsJsonAsync("/api/v1/contacts", ContactBody(Guid.NewGuid(), DateTimeOffset.UtcNow, child.Id))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await api.GetAsync($"/api/v1/contacts/{contact.Id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await api.GetAsync($"/api/v1/referrals?personId={child.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_restricted_child_is_not_found_through_the_front_door_api_for_someone_not_named_and_the_attempts_are_logged()
    {
        var manager = await app.CreateUserAsync(Role.TeamManager);
        var outsider = await app.CreateUserAsync(Role.TeamManager);
        var child = await app.CreatePersonAsync("Tamsin", TestData.UniqueFamilyName());
        var contact = await app.RecordContactAsync(manager, FrontDoorTestData.Contact(child.Id));
        await app.DecideAsync(manager, contact.Id, ThresholdOutcome.ReferralForAssessment);
        var episode = await app.QueryAsync(db => db.CinEpisodes.SingleAsync(e => e.PersonId == child.Id));
        await app.RestrictAsync(child.Id, manager);
        var api = await app.ApiClientAsync(outsider);

        (await api.PostAsJsonAsync("/api/v1/contacts", ContactBody(Guid.NewGuid(), DateTimeOffset.UtcNow, child.Id))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await api.GetAsync($"/api/v1/contacts/{contact.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await api.GetAsync($"/api/v1/referrals?personId={child.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await api.GetAsync($"/api/v1/referrals/{episode.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await app.QueryAsync(db => db.AccessEvents.CountAsync(a => a.PersonId == child.Id && a.UserId == outsider.Id
            && a.Kind == AccessKind.RefusedRestrictedRecord && a.Channel == "api"))).ShouldBe(4);
        var named = await app.ApiClientAsync(manager);
        (await named.GetAsync($"/api/v1/contacts/{contact.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await named.GetAsync($"/api/v1/referrals/{episode.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_childs_referrals_show_the_date_source_re_referral_and_whether_open_newest_first()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var child = await app.CreatePersonAsync("Uma", TestData.UniqueFamilyName());
        var past = await app.PastEpisodeAsync(child.Id, DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-6));
        var contact = await app.RecordContactAsync(worker, FrontDoorTestData.Contact(child.Id));
        await app.DecideAsync(worker, contact.Id, ThresholdOutcome.ReferralForAssessment);
        var api = await app.ApiClientAsync(worker);

        var referrals = await api.GetFromJsonAsync<JsonElement>($"/api/v1/referrals?personId={child.Id}");

        referrals.GetArrayLength().ShouldBe(2);
        var latest = referrals[0];
        latest.GetProperty("referralSource").GetString().ShouldBe("2A");
        latest.GetProperty("referralSourceText").GetString().ShouldBe("Schools");
        latest.GetProperty("isReReferral").GetBoolean().ShouldBeTrue();
        latest.GetProperty("isOpen").GetBoolean().ShouldBeTrue();
        latest.GetProperty("contactId").GetGuid().ShouldBe(contact.Id);
        referrals[1].GetProperty("id").GetGuid().ShouldBe(past.Id);
        referrals[1].GetProperty("isOpen").GetBoolean().ShouldBeFalse();

        var one = await api.GetFromJsonAsync<JsonElement>($"/api/v1/referrals/{past.Id}");
        one.GetProperty("referralDate").GetString().ShouldBe(past.ReferralDate.ToString("yyyy-MM-dd"));
        one.GetProperty("closeDate").GetString().ShouldBe(past.CloseDate!.Value.ToString("yyyy-MM-dd"));
        (await app.QueryAsync(db => db.AccessEvents.CountAsync(a => a.PersonId == child.Id && a.UserId == worker.Id
            && a.Kind == AccessKind.ViewedRecord && a.Channel == "api"))).ShouldBe(2);
    }

    [Fact]
    public async Task Asking_for_referrals_without_a_child_is_a_400_and_an_unknown_referral_a_404()
    {
        var api = await app.ApiClientAsync(await app.CreateUserAsync(Role.SocialWorker));

        var missing = await api.GetAsync("/api/v1/referrals");
        missing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await missing.Content.ReadAsStringAsync()).ShouldContain("Enter the id of the child whose referrals you want");
        (await api.GetAsync($"/api/v1/referrals/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await api.GetAsync($"/api/v1/contacts/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_contacts_and_referrals_endpoints()
    {
        var document = await app.AnonymousClient().GetStringAsync("/api/v1/openapi.json");

        document.ShouldContain("/api/v1/contacts");
        document.ShouldContain("/api/v1/contacts/{id}");
        document.ShouldContain("/api/v1/referrals");
        document.ShouldContain("ContactRequest");
    }
}
