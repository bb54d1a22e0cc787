using System.Net;
using Hearth.Core.FrontDoor;
using Hearth.Core.Workforce;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace Hearth.Web.Tests.FrontDoor;

public sealed class PublicReferralFormTests(HearthWebApp app)
{
    private static int addresses;

    /// <summary>
    /// A browser with no one signed in, sending from an address of its own, so each test has the
    /// form's whole per-address allowance and tests never use up each other's.
    /// </summary>
    private PageClient Browser()
    {
        var n = Interlocked.Increment(ref addresses);
        var address = new IPAddress([10, 77, (byte)((n >> 8) & 255), (byte)(n & 255)]);
        var server = (TestServer)app.Services.GetRequiredService<IServer>();
        var handler = new CookieContainerHandler { InnerHandler = server.CreateHandler(context => context.Connection.RemoteIpAddress = address) };
        return new PageClient(new HttpClient(handler) { BaseAddress = server.BaseAddress });
    }

    private static Dictionary<string, string> Referral(Guid submissionKey, string children = "Ruby Example, born 27 March 2015, 4 Orchard Way, Ware",
        string concern = "Ruby said she is scared to go home because of the shouting.", string referrer = "Sam Nurse") => new()
        {
            ["Form.SubmissionKey"] = submissionKey.ToString(),
            ["Form.ReferrerName"] = referrer,
            ["Form.ReferrerRole"] = "School nurse",
            ["Form.ReferrerOrganisation"] = "Hearthshire Community Health",
            ["Form.ReferrerPhone"] = "01992 000000",
            ["Form.ReferrerEmail"] = "sam.nurse@health.example",
            ["Form.ReferralSource"] = "3C",
            ["Form.ChildrenAsDescribed"] = children,
            ["Form.Concern"] = concern,
            ["Form.ActionTaken"] = "Spoke to the head teacher.",
            ["Form.Consent"] = "NotGiven",
            ["Form.ConsentNotGivenReason"] = "Mum could not be reached today.",
        };

    private Task<Contact?> ContactSentWith(Guid submissionKey) =>
        app.QueryAsync(db => db.Contacts.AsNoTracking().SingleOrDefaultAsync(c => c.SubmissionKey == submissionKey));

    [Fact]
    public async Task Anyone_can_open_the_referral_form_without_signing_in_and_sees_no_service_navigation()
    {
        var response = await Browser().GetAsync("/refer");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("Make a referral to children’s social care");
        html.ShouldContain("name=\"Form.SubmissionKey\"");
        html.ShouldNotContain("data-testid=\"sign-out\"");
        html.ShouldNotContain("Find a person");
    }

    [Fact]
    public async Task A_sent_referral_is_saved_as_an_online_referral_awaiting_a_decision_and_the_sender_is_given_its_reference()
    {
        var key = Guid.NewGuid();

        var response = await Browser().PostFormAsync("/refer", Referral(key), "/refer");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        var contact = await ContactSentWith(key);
        contact.ShouldNotBeNull();
        html.ShouldContain("Referral sent");
        html.ShouldContain($"data-testid=\"referral-reference\">{contact.Reference}<");
        contact.Channel.ShouldBe(ContactChannel.OnlineForm);
        contact.Status.ShouldBe(ContactStatus.AwaitingDecision);
        contact.ReferralReceivedAt.ShouldNotBeNull();
        contact.RecordedById.ShouldBeNull();
        contact.Referrer.Name.ShouldBe("Sam Nurse");
        contact.ReferralSourceCode.ShouldBe("3C");
        contact.ChildrenAsDescribed.ShouldBe("Ruby Example, born 27 March 2015, 4 Orchard Way, Ware");
        contact.Consent.ShouldBe(ConsentStatus.NotGiven);
        (await app.QueryAsync(db => db.Contacts.CountAsync(c => c.Status == ContactStatus.AwaitingDecision && c.Id == contact.Id))).ShouldBe(1);
    }

    [Fact]
    public async Task A_replayed_referral_makes_no_second_contact_and_says_it_was_already_sent()
    {
        var browser = Browser();
        var key = Guid.NewGuid();
        (await browser.PostFormAsync("/refer", Referral(key))).StatusCode.ShouldBe(HttpStatusCode.OK);

        var replay = await browser.PostFormAsync("/refer", Referral(key));

        replay.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await replay.Content.ReadAsStringAsync();
        html.ShouldContain("This form has already been sent. The contact was recorded the first time");
        html.ShouldNotContain("data-testid=\"referral-reference\"");
        (await app.QueryAsync(db => db.Contacts.CountAsync(c => c.SubmissionKey == key))).ShouldBe(1);
    }

    [Fact]
    public async Task A_referral_without_a_concern_or_without_the_children_shows_the_error_summary_and_saves_nothing()
    {
        var noConcern = Guid.NewGuid();
        var noChildren = Guid.NewGuid();
        var browser = Browser();

        var withoutConcern = await browser.PostFormAsync("/refer", Referral(noConcern, concern: ""));
        var withoutChildren = await browser.PostFormAsync("/refer", Referral(noChildren, children: " "));

        withoutConcern.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await withoutConcern.Content.ReadAsStringAsync();
        html.ShouldContain("There is a problem");
        html.ShouldContain("<a href=\"#Form_Concern\">Enter what the concern is</a>");
        html.ShouldContain("<title>Error: ");
        (await withoutChildren.Content.ReadAsStringAsync()).ShouldContain("<a href=\"#Form_ChildrenAsDescribed\">Enter the children");
        (await ContactSentWith(noConcern)).ShouldBeNull();
        (await ContactSentWith(noChildren)).ShouldBeNull();
    }

    [Fact]
    public async Task A_concern_one_character_over_the_limit_gets_a_field_error_and_nothing_is_saved()
    {
        var key = Guid.NewGuid();

        var response = await Browser().PostFormAsync("/refer", Referral(key, concern: new string('x', ContactValidator.MaxFreeText + 1)));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain($"The concern must be {ContactValidator.MaxFreeText} characters or fewer");
        (await ContactSentWith(key)).ShouldBeNull();
    }

    [Fact]
    public async Task A_ten_megabyte_answer_is_refused_with_a_clear_message_not_a_server_error_and_nothing_is_saved()
    {
        var key = Guid.NewGuid();

        var response = await Browser().PostFormAsync("/refer", Referral(key, concern: new string('x', 10 * 1024 * 1024)));

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("What you sent is too long");
        html.ShouldContain("Nothing has been saved");
        html.Length.ShouldBeLessThan(100_000);
        (await ContactSentWith(key)).ShouldBeNull();
    }

    [Fact]
    public async Task Script_in_a_referral_is_stored_as_written_and_only_ever_shown_as_text()
    {
        const string script = "<script>alert('hearth')</script>";
        var key = Guid.NewGuid();
        var browser = Browser();

        // Sent back with an error first: the page shows the answers again, encoded.
        var refused = await browser.PostFormAsync("/refer", Referral(key, concern: "", referrer: script));
        var refusedHtml = await refused.Content.ReadAsStringAsync();
        refusedHtml.ShouldNotContain(script);
        refusedHtml.ShouldContain("&lt;script&gt;");

        var sent = await browser.PostFormAsync("/refer", Referral(key, concern: script + " She has a bruise.", children: script + " Ruby"));
        (await sent.Content.ReadAsStringAsync()).ShouldNotContain(script);
        var contact = await ContactSentWith(key);
        contact.ShouldNotBeNull();
        contact.Concern.ShouldBe(script + " She has a bruise.");

        var worker = await app.SignInAsync(await app.CreateUserAsync(Role.FrontDoorWorker));
        var contactPage = await worker.GetHtmlAsync($"/front-door/contacts/{contact.Id}");
        contactPage.ShouldNotContain(script);
        contactPage.ShouldContain("&lt;script&gt;");
    }

    [Fact]
    public async Task The_answer_to_a_referral_about_a_child_on_the_record_holds_only_the_reference()
    {
        var family = TestData.UniqueFamilyName();
        var child = await app.CreatePersonAsync("Ruby", family, new DateOnly(2015, 3, 27), postcode: "SG12 9AA");
        var key = Guid.NewGuid();

        var response = await Browser().PostFormAsync("/refer", Referral(key, children: $"Ruby {family}, born 27/03/2015, SG12 9AA",
            concern: $"Ruby {family} has not been in school for two weeks.", referrer: "Lee Neighbour"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        var contact = await ContactSentWith(key);
        contact.ShouldNotBeNull();
        html.ShouldContain(contact.Reference);
        foreach (var fromTheRecordOrTheForm in new[] { family, child.Reference, child.Id.ToString(), "SG12", "2015", "Lee Neighbour", "not been in school", "Orchard" })
        {
            html.ShouldNotContain(fromTheRecordOrTheForm, Case.Insensitive);
        }
    }

    [Fact]
    public async Task Sending_more_referrals_than_allowed_from_one_address_in_a_minute_is_refused_with_429()
    {
        var permitted = app.Services.GetRequiredService<FrontDoorOptions>().PublicFormPermitPerMinute;
        var browser = Browser();
        var keys = Enumerable.Range(0, permitted + 1).Select(_ => Guid.NewGuid()).ToList();

        foreach (var key in keys.Take(permitted))
        {
            (await browser.PostFormAsync("/refer", Referral(key))).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        var refused = await browser.PostFormAsync("/refer", Referral(keys[^1]));

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("Too many referrals have been sent from your connection. Wait a minute and try again, or phone the front door");
        (await ContactSentWith(keys[^1])).ShouldBeNull();
        // Reading the form is not limited, and another address still has its allowance.
        (await browser.GetAsync("/refer")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Browser().PostFormAsync("/refer", Referral(Guid.NewGuid()))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
