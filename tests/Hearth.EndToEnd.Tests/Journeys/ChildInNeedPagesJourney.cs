using Hearth.Core.Audit;
using Hearth.Core.ChildInNeed;
using Hearth.Core.Data;
using Hearth.Core.FrontDoor;
using Hearth.EndToEnd.Tests.Infrastructure;
using Hearth.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace Hearth.EndToEnd.Tests.Journeys;

/// <summary>
/// A child in need plan from draft to final, and every child in need and transfer-in page opened in
/// Chromium, so axe checks each of them (the other journeys do not pass through them).
/// </summary>
public sealed class ChildInNeedPagesJourney(BrowserFixture browser, HearthServer server)
{
    [Fact]
    public async Task A_manager_finalises_a_child_in_need_plan_and_every_child_in_need_page_passes_axe()
    {
        var child = await server.RecordChildAsync("Nell", HearthServer.UniqueWord("N"));
        var (episode, plan, outcome, action) = await server.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<HearthDbContext>();
            var manager = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == "team.manager");
            var ctx = new ProcessContext(manager.Id, manager.DisplayName);
            var contact = await sp.GetRequiredService<ContactRecording>().RecordAsync(new ContactInput
            {
                SubmissionKey = Guid.NewGuid(),
                ReceivedAt = DateTime.UtcNow.AddDays(-20),
                Channel = ContactChannel.Phone,
                Type = ContactType.Concern,
                ReferrerName = "School nurse",
                ReferralSource = "3C",
                Concern = "Nell is often tired and hungry at school.",
                Consent = ConsentStatus.Given,
                IsReferral = true,
                Children = [child.Id],
            }, ctx);
            await sp.GetRequiredService<ThresholdDecisions>().DecideAsync(contact.Id, ThresholdOutcome.ReferralForAssessment, "Needs an assessment.", ctx);
            var episode = await db.CinEpisodes.SingleAsync(e => e.PersonId == child.Id);
            var plans = sp.GetRequiredService<ChildInNeedPlans>();
            var today = DateOnly.FromDateTime(EnglandClock.ToEnglandTime(DateTime.UtcNow));
            var plan = await plans.DraftAsync(episode.Id, today, ctx);
            var outcome = await plans.AddOutcomeAsync(plan.Id, new CinOutcomeInput("Nell eats breakfast every school day", today.AddMonths(1)), ctx);
            var action = await plans.AddActionAsync(outcome.Id, new CinActionInput("Breakfast club place", "School", today.AddDays(14)), ctx);
            return (episode.Id, plan.Id, outcome.Id, action.Id);
        });

        await using var manager = await Journey.SignedInAsync(browser, server, "team.manager");
        foreach (var page in new[]
        {
            Links.ChildInNeed(child.Id), Links.CinPlan(child.Id, plan), Links.AddCinOutcome(child.Id, plan),
            Links.AddCinAction(child.Id, plan, outcome), Links.ChangeCinAction(child.Id, plan, action), Links.RateCinProgress(child.Id, plan, outcome),
            Links.ReviewCinPlan(child.Id, plan), Links.RecordVisit(child.Id, episode), Links.TransferCinEpisode(child.Id, episode),
            Links.CinVisitingFrequency(child.Id, episode), Links.CloseCinEpisode(child.Id, episode),
            Links.Assessments(child.Id), Links.StartAssessment(child.Id), Links.ChildProtection(child.Id), Links.RecordStrategyDiscussion(child.Id),
            Links.Chronology(child.Id), Links.AddChronologyEntry(child.Id), Links.Oversight(child.Id), Links.RecordOversight(child.Id),
        })
        {
            await manager.GotoAsync(page);
        }

        await manager.GotoAsync(Links.FinaliseCinPlan(child.Id, plan));
        await manager.ClickAsync("confirm-finalise");
        (await manager.MainText()).ShouldContain("Final");

        await using var chair = await Journey.SignedInAsync(browser, server, "iro");
        await chair.GotoAsync(Links.RecordTransferInConference(child.Id));
        (await chair.Heading()).ShouldBe("Record a transfer-in conference");
        await chair.ClickAsync("save-transfer-in");
        (await chair.MainText()).ShouldContain("Enter the date notice of the move was received");
    }
}
