using Hearth.Core.ChildInNeed;
using Hearth.Core.Data;
using Hearth.Core.FrontDoor;
using Hearth.Core.People;
using Hearth.Core.Workforce;
using Hearth.Web.Tests.FrontDoor;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Hearth.Web.Tests.EarlyHelp.EarlyHelpTestData;

namespace Hearth.Web.Tests.ChildInNeed;

/// <summary>Children with an open CIN episode, made through the front door's real services, and CIN records made through the CIN services.</summary>
public static class ChildInNeedTestData
{
    /// <summary>A child referred today: a contact recorded and decided as a referral, which opens the episode.</summary>
    public static async Task<(Person Child, CinEpisode Episode)> ReferredChildAsync(this HearthWebApp app, User manager)
    {
        var child = await app.CreatePersonAsync("Amy", TestData.UniqueFamilyName());
        var worker = await app.CreateUserAsync(Role.FrontDoorWorker);
        var contact = await app.RecordContactAsync(worker, FrontDoorTestData.Contact(child.Id));
        await app.DecideAsync(manager, contact.Id, ThresholdOutcome.ReferralForAssessment);
        var episode = await app.QueryAsync(db => db.CinEpisodes.SingleAsync(e => e.PersonId == child.Id));
        return (child, episode);
    }

    /// <summary>An open episode referred on <paramref name="referralDate"/>, as imported history would leave it.</summary>
    public static Task<CinEpisode> OpenEpisodeAsync(this HearthWebApp app, Guid personId, DateOnly referralDate) =>
        app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<HearthDbContext>();
            var episode = new CinEpisode { PersonId = personId, ReferralDate = referralDate, ReferralSource = "2A", Imported = true, OpenedAt = DateTime.UtcNow };
            db.CinEpisodes.Add(episode);
            await db.SaveChangesAsync();
            return episode;
        });

    public static Task<ChildInNeedPlan> DraftPlanAsync(this HearthWebApp app, User worker, Guid episodeId, params CinActionInput[] actions) =>
        app.InScopeAsync(async sp =>
        {
            var plans = sp.GetRequiredService<ChildInNeedPlans>();
            var plan = await plans.DraftAsync(episodeId, Today, worker.Ctx());
            var outcome = await plans.AddOutcomeAsync(plan.Id, new CinOutcomeInput("Amy gets to school on time every day", null), worker.Ctx());
            foreach (var action in actions)
            {
                await plans.AddActionAsync(outcome.Id, action, worker.Ctx());
            }
            return plan;
        });

    public static VisitInput SeenAtHome(DateOnly date) =>
        new(date, "Sam Social Worker", true, true, VisitLocation.Home, null, "Amy showed me her bedroom and talked about school.");
}
