using Hearth.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;
using Shouldly;
using Xunit;

namespace Hearth.EndToEnd.Tests.Journeys;

/// <summary>
/// Early help from both ends. A social worker records a request for early help (refused until the
/// family has consented), the assessment and a team around the family meeting, then steps the child
/// up to social care; the team manager accepts and the episode is closed. A second child is stepped
/// down: the step-downs awaiting consent list shows them, the worker chases, escalates and records the
/// consent coming back, and the manager's acceptance opens the child's early help. Finally the
/// performance analyst reads the step-up and step-down monitoring. Every page is checked by axe.
/// </summary>
public sealed class EarlyHelpJourney(BrowserFixture browser, HearthServer server)
{
    private const string ReceivingTeam = "Assessment Team North";

    [Fact]
    public async Task A_child_moves_between_early_help_and_social_care_and_the_moves_are_monitored()
    {
        var family = HearthServer.UniqueWord("E");
        var ruby = await server.RecordChildAsync("Ruby", family);
        var leo = await server.RecordChildAsync("Leo", family);

        await using (var worker = await Journey.SignedInAsync(browser, server, "social.worker"))
        {
            // Ruby: a request for early help, assessed and reviewed, then a step-up.
            await worker.GotoAsync($"/people/{ruby.Id}");
            (await worker.TestId("early-help-episode-summary").InnerTextAsync()).Trim().ShouldBe("None");
            await worker.ClickAsync("early-help-link");
            (await worker.Heading()).ShouldBe(ruby.DisplayName);
            (await worker.TestId("no-episodes").InnerTextAsync()).ShouldBe("No early help episodes.");

            await worker.ClickAsync("request-early-help");
            (await worker.Heading()).ShouldBe("Record a request for early help");
            await worker.TestId("RequestedBy-School").CheckAsync();
            await worker.TestId("Reason").FillAsync("Ruby's school is worried about her attendance and her mother is struggling after a house move.");
            await worker.ClickAsync("save-request");
            (await worker.TestId("error-summary").InnerTextAsync())
                .ShouldContain("Early help is voluntary: record the request once the family has given consent");
            await worker.ScreenshotAsync("30-early-help-request-needs-consent");

            await worker.TestId("ConsentGiven-true").CheckAsync();
            foreach (var part in new[] { "Day", "Month", "Year" })
            {
                await worker.TestId($"ConsentDate_{part}").FillAsync(await worker.TestId($"RequestedOn_{part}").InputValueAsync());
            }
            await worker.ClickAsync("save-request");
            (await worker.TestId("episode-open").InnerTextAsync()).ShouldBe("Open");
            (await worker.TestId("consent").InnerTextAsync()).ShouldStartWith("Given");

            await worker.ClickAsync("record-assessment");
            (await worker.Heading()).ShouldBe("Early help assessment");
            foreach (var part in new[] { "Day", "Month", "Year" })
            {
                await worker.TestId($"CompletedDate_{part}").FillAsync(await worker.TestId($"StartDate_{part}").InputValueAsync());
            }
            await worker.TestId("LeadProfessionalName").FillAsync("Grace Adeyemi");
            await worker.TestId("LeadOrganisation").FillAsync("Hearthton Family Hub");
            await worker.TestId("NeedsIdentified").FillAsync("Support with routines and getting to school; help for mum with housing and benefits.");
            await worker.ClickAsync("save-assessment");
            (await worker.TestId("lead-professional").InnerTextAsync()).ShouldBe("Grace Adeyemi, Hearthton Family Hub");
            (await worker.TestId("assessment").InnerTextAsync()).ShouldContain("completed");

            await worker.ClickAsync("add-meeting");
            (await worker.Heading()).ShouldBe("Add a meeting or review");
            await worker.TestId("Kind-TeamAroundTheFamily").CheckAsync();
            await worker.TestId("Attendees").FillAsync("Ruby's mother; Grace Adeyemi, family hub; Mr Shah, class teacher");
            await worker.TestId("Notes").FillAsync("Attendance is no better. Mum disclosed her partner has been violent since the move. Agreed to step up to social care.");
            await worker.ClickAsync("save-meeting");
            (await worker.TestId("meetings").InnerTextAsync()).ShouldContain("Team around the family meeting");
            await worker.ScreenshotAsync("31-early-help-episode");

            await worker.ClickAsync("step-up");
            (await worker.Heading()).ShouldBe("Step up to children's social care");
            await worker.TestId("ReceivingTeamId").SelectOptionAsync(new SelectOptionValue { Label = ReceivingTeam });
            await worker.TestId("Reason").FillAsync("Domestic abuse disclosed at the team around the family meeting: Ruby needs a child and family assessment.");
            await worker.ClickAsync("save-step");
            (await worker.TestId("step-status").InnerTextAsync()).ShouldBe("Awaiting decision");
            (await worker.TestId("receiving-team").InnerTextAsync()).ShouldBe(ReceivingTeam);

            // Leo: stepped down to early help; his family's consent is awaited.
            await worker.GotoAsync($"/people/{leo.Id}");
            await worker.ClickAsync("early-help-link");
            await worker.ClickAsync("step-down");
            (await worker.Heading()).ShouldBe("Step down to early help");
            await worker.TestId("ReceivingTeamId").SelectOptionAsync(new SelectOptionValue { Label = ReceivingTeam });
            await worker.TestId("Reason").FillAsync("The child in need plan has done its work; the family would benefit from a family hub worker.");
            await worker.ClickAsync("save-step");
            (await worker.TestId("step-status").InnerTextAsync()).ShouldBe("Awaiting decision");
            (await worker.TestId("step-consent").InnerTextAsync()).ShouldContain("Waiting");

            await worker.ClickAsync(worker.Page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Early help", Exact = true }));
            (await worker.Heading()).ShouldBe("Step-downs awaiting consent");
            var row = worker.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = leo.DisplayName });
            (await row.InnerTextAsync()).ShouldContain("Waiting");
            await worker.ScreenshotAsync("32-step-downs-awaiting-consent");

            await worker.ClickAsync(row.GetByRole(AriaRole.Link, new() { Name = $"Record a chase for {leo.DisplayName}" }));
            (await worker.Heading()).ShouldBe("Record a chase for consent");
            await worker.TestId("Method-Phone").CheckAsync();
            await worker.TestId("Notes").FillAsync("Spoke to Leo's father: the form is at home, he will post it this week.");
            await worker.ClickAsync("save-chase");
            (await worker.TestId("chases").InnerTextAsync()).ShouldContain("Phone call");

            await worker.ClickAsync(worker.Page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Early help", Exact = true }));
            await worker.ClickAsync(row.GetByRole(AriaRole.Link, new() { Name = $"Escalate for {leo.DisplayName}" }));
            (await worker.Heading()).ShouldBe("Escalate the step-down");
            await worker.TestId("EscalatedTo").FillAsync("Helen Marsh, team manager");
            await worker.TestId("EscalationNote").FillAsync("The paperwork has not come back. Please decide whether to keep the case open.");
            await worker.ClickAsync("save-escalation");
            (await worker.TestId("step-consent").InnerTextAsync()).ShouldContain("Escalated");
            (await worker.TestId("escalation").InnerTextAsync()).ShouldContain("Helen Marsh, team manager");

            await worker.ClickAsync("consent-returned");
            (await worker.Heading()).ShouldBe("Family consent returned");
            await worker.ClickAsync("save-consent");
            (await worker.TestId("step-consent").InnerTextAsync()).ShouldStartWith("Returned");
            (await worker.TestId("no-episodes").InnerTextAsync()).ShouldBe("No early help episodes.");
        }

        await using (var manager = await Journey.SignedInAsync(browser, server, "team.manager"))
        {
            // The receiving team accepts both moves; Leo's consent is back, so his early help opens.
            await manager.GotoAsync($"/people/{ruby.Id}/early-help");
            await manager.ClickAsync("decide-step");
            (await manager.Heading()).ShouldBe("Accept or decline the step-up");
            await manager.TestId("Decision-Accept").CheckAsync();
            await manager.ClickAsync("save-decision");
            (await manager.TestId("step-status").InnerTextAsync()).ShouldBe("Accepted");

            await manager.GotoAsync($"/people/{leo.Id}/early-help");
            await manager.ClickAsync("decide-step");
            (await manager.Heading()).ShouldBe("Accept or decline the step-down");
            (await manager.TestId("step-summary").InnerTextAsync()).ShouldContain("accepting opens the child's early help episode");
            await manager.TestId("Decision-Accept").CheckAsync();
            await manager.ScreenshotAsync("33-accept-step-down");
            await manager.ClickAsync("save-decision");
            (await manager.TestId("step-status").InnerTextAsync()).ShouldBe("Accepted");
            (await manager.TestId("episode-open").InnerTextAsync()).ShouldBe("Open");
        }

        await using (var worker = await Journey.SignedInAsync(browser, server, "social.worker"))
        {
            // Social care has Ruby now: her early help episode is closed.
            await worker.GotoAsync($"/people/{ruby.Id}/early-help");
            await worker.ClickAsync("close-episode");
            (await worker.Heading()).ShouldBe("Close early help");
            await worker.TestId("Outcome-SteppedUpToSocialCare").CheckAsync();
            await worker.ClickAsync("save-closure");
            (await worker.TestId("episode-closed").InnerTextAsync()).ShouldBe("Closed");
            (await worker.TestId("closure").InnerTextAsync()).ShouldContain("Stepped up to children's social care");

            await worker.GotoAsync($"/people/{ruby.Id}");
            (await worker.TestId("early-help-episode-summary").InnerTextAsync()).ShouldStartWith("None open; last closed");
            (await worker.TestId("early-help-step-summary").InnerTextAsync()).ShouldContain("Step-up to social care");
        }

        await using var analyst = await Journey.SignedInAsync(browser, server, "performance");
        await analyst.ClickAsync(analyst.Page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Early help", Exact = true }));
        (await analyst.Heading()).ShouldBe("Step-up and step-down monitoring");
        int.Parse(await analyst.TestId("total-step-ups").InnerTextAsync()).ShouldBeGreaterThanOrEqualTo(1);
        int.Parse(await analyst.TestId("total-step-downs").InnerTextAsync()).ShouldBeGreaterThanOrEqualTo(1);
        await analyst.ScreenshotAsync("34-step-monitoring");
        await analyst.ClickAsync("previous-year");
        (await analyst.Heading()).ShouldBe("Step-up and step-down monitoring");
    }
}
