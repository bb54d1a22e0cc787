using Hearth.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;
using Shouldly;
using Xunit;

namespace Hearth.EndToEnd.Tests.Journeys;

/// <summary>
/// Issue 3's journey: a professional refers through the public form; the MASH finds the contact in
/// the queue, links the child through search, rates it amber and records what the police shared; a
/// manager decides "referral for assessment" with a rationale; the outcome letter is a PDF recorded as
/// sent; and the child's record shows the open CIN episode and every step in its history.
/// </summary>
public sealed class FrontDoorJourney(BrowserFixture browser, HearthServer server)
{
    [Fact]
    public async Task A_public_referral_goes_through_the_mash_to_a_decision_and_the_referrer_hears_the_outcome()
    {
        var family = HearthServer.UniqueWord("F");
        var child = await server.RecordChildAsync("Maisie", family);

        string reference;
        await using (var professional = await Journey.StartAsync(browser, server))
        {
            await professional.GotoAsync("/refer");
            await professional.TestId("Form_ReferrerName").FillAsync("Dana Whitfield");
            await professional.TestId("Form_ReferrerRole").FillAsync("Designated safeguarding lead");
            await professional.TestId("Form_ReferrerOrganisation").FillAsync("Hearthton Primary School");
            await professional.TestId("Form_ReferrerEmail").FillAsync("dsl@hearthton-primary.example");
            await professional.Page.SelectOptionAsync("#Form_ReferralSource", "2A");
            await professional.TestId("Form_ChildrenAsDescribed").FillAsync($"Maisie {family}, born 14 May 2016, 12 Orchard Lane, HT1 4QB");
            await professional.TestId("Form_Concern").FillAsync("Maisie has come to school hungry every day this week and has a bruise on her cheek she will not explain.");
            await professional.TestId("Form_Consent-Given").CheckAsync();
            await professional.ScreenshotAsync("20-public-referral-form");
            await professional.ClickAsync("send-referral");
            reference = (await professional.TestId("referral-reference").InnerTextAsync()).Trim();
            reference.ShouldStartWith("CT");
            (await professional.MainText()).ShouldNotContain(child.Reference);
            await professional.ScreenshotAsync("21-public-referral-sent");
        }

        string contactUrl;
        await using (var mash = await Journey.SignedInAsync(browser, server, "front.door"))
        {
            await mash.ClickAsync(mash.Page.GetByRole(AriaRole.Link, new() { Name = "Front door", Exact = true }));
            await mash.ScreenshotAsync("22-front-door-queue");
            await mash.ClickAsync(mash.TestId($"queue-row-{reference}").GetByRole(AriaRole.Link, new() { Name = reference }));
            contactUrl = new Uri(mash.Page.Url).AbsolutePath;
            (await mash.Heading()).ShouldBe($"Contact {reference}");

            await mash.ClickAsync("link-children");
            await mash.TestId("q").FillAsync($"Maisie {family}");
            await mash.ClickAsync("find-child");
            await mash.Page.GetByLabel($"Maisie {family}").CheckAsync();
            await mash.ClickAsync("link-selected");
            (await mash.TestId("contact-children").InnerTextAsync()).ShouldContain($"Maisie {family}");

            await mash.ClickAsync("rate");
            await mash.TestId("Rag-Amber").CheckAsync();
            await mash.TestId("RagRationale").FillAsync("Unexplained bruise and hunger; no immediate danger reported. Police and health checks needed today.");
            await mash.ClickAsync("save-rating");
            (await mash.TestId("contact-rag").InnerTextAsync()).ShouldBe("Amber");

            await mash.ClickAsync("request-information");
            await mash.TestId("Agency-Police").CheckAsync();
            await mash.TestId("Question").FillAsync("Any incidents at 12 Orchard Lane in the last 12 months?");
            await mash.ClickAsync("save-request");
            await mash.ClickAsync("record-response-Police");
            await mash.TestId("InformationShared").FillAsync("Two domestic incidents reported at the address in September; mother's partner arrested once.");
            await mash.ScreenshotAsync("23-police-response");
            await mash.ClickAsync("save-response");
            await mash.ScreenshotAsync("24-contact-after-checks");
        }

        await using var manager = await Journey.SignedInAsync(browser, server, "team.manager");
        await manager.GotoAsync(contactUrl);
        await manager.ClickAsync("decide");
        (await manager.Heading()).ShouldBe("Threshold decision");
        await manager.ClickAsync("save-decision");
        (await manager.MainText()).ShouldContain("Enter the rationale for the decision");
        await manager.TestId("Outcome-ReferralForAssessment").CheckAsync();
        await manager.TestId("Rationale").FillAsync("Unexplained injury with domestic abuse at the address: a child and family assessment is needed to understand Maisie's lived experience.");
        await manager.ScreenshotAsync("25-threshold-decision");
        await manager.ClickAsync("save-decision");
        (await manager.TestId("decision-outcome").InnerTextAsync()).ShouldContain("child and family assessment");

        await manager.ClickAsync("generate-Outcome");
        var href = await manager.TestId("download-Outcome").GetAttributeAsync("href");
        var pdf = await manager.Page.APIRequest.GetAsync(href!);
        pdf.Headers["content-type"].ShouldBe("application/pdf");
        System.Text.Encoding.ASCII.GetString((await pdf.BodyAsync())[..8]).ShouldStartWith("%PDF-1.4");
        await manager.ClickAsync("mark-sent-Outcome");
        await manager.ClickAsync("save-sent");
        (await manager.TestId("sent-Outcome").InnerTextAsync()).ShouldContain("dsl@hearthton-primary.example");
        await manager.ScreenshotAsync("26-outcome-letter-sent");

        await manager.GotoAsync($"/people/{child.Id}");
        (await manager.TestId("open-cin-episode").InnerTextAsync()).ShouldBe("Open");
        await manager.ScreenshotAsync("27-child-with-cin-episode");
        await manager.OpenTabAsync("History");
        var history = await manager.MainText();
        history.ShouldContain($"Linked to contact {reference}");
        history.ShouldContain($"Contact {reference} rated Amber");
        history.ShouldContain($"Information requested from Police for contact {reference}");
        history.ShouldContain($"Police responded to the information request for contact {reference}");
        history.ShouldContain($"Threshold decision on contact {reference}");
        history.ShouldContain("Child in need episode opened");
        history.ShouldContain($"Outcome letter to the referrer sent for contact {reference}");
    }
}
