using Hearth.Core.Assessment;
using Hearth.Core.ChildInNeed;
using Hearth.Core.Data;
using Hearth.Core.FrontDoor;
using Hearth.Core.Workforce;
using Hearth.Web.Tests.FrontDoor;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Hearth.Web.Tests.EarlyHelp.EarlyHelpTestData;

namespace Hearth.Web.Tests.Assessment;

/// <summary>Episodes and assessments made through the real services, and the assessment form as a browser posts it.</summary>
public static class AssessmentTestData
{
    /// <summary>A child referred through the front door today, with the open CIN episode the referral opened.</summary>
    public static async Task<CinEpisode> ReferredTodayAsync(this HearthWebApp app, Guid childId, User worker, User manager)
    {
        var contact = await app.RecordContactAsync(worker, FrontDoorTestData.Contact(childId));
        await app.DecideAsync(manager, contact.Id, ThresholdOutcome.ReferralForAssessment);
        return await app.QueryAsync(db => db.CinEpisodes.SingleAsync(e => e.PersonId == childId && e.CloseDate == null));
    }

    /// <summary>An open episode whose referral was long enough ago that an assessment finished today is late.</summary>
    public static Task<CinEpisode> ReferredLongAgoAsync(this HearthWebApp app, Guid childId, int daysAgo = 90) =>
        app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<HearthDbContext>();
            var episode = new CinEpisode { PersonId = childId, ReferralDate = Today.AddDays(-daysAgo), ReferralSource = "2A", OpenedAt = DateTime.UtcNow };
            db.CinEpisodes.Add(episode);
            await db.SaveChangesAsync();
            return episode;
        });

    public static Task<bool> CloseEpisodeAsync(this HearthWebApp app, Guid episodeId) =>
        app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<HearthDbContext>();
            var episode = await db.CinEpisodes.SingleAsync(e => e.Id == episodeId);
            episode.Close(Today, "RC8", referralNfa: false);
            await db.SaveChangesAsync();
            return true;
        });

    public static AssessmentInput CompleteInput(DateOnly start, string? lateReason = null) => new()
    {
        StartDate = start,
        ChildSeenDate = start,
        ChildSeenAloneDate = start,
        ChildViews = "I feel safe with nan.",
        HowViewsGathered = "Seen alone at school",
        Analysis = "Mum’s drinking; nan is protective.",
        Factors = ["1B", "16A"],
        Recommendation = "Child in need plan",
        Outcome = AssessmentOutcome.ChildInNeedPlan,
        LateReason = lateReason,
    };

    /// <summary>A complete assessment submitted by <paramref name="worker"/>, waiting for a manager.</summary>
    public static Task<ChildAndFamilyAssessment> SubmittedAssessmentAsync(this HearthWebApp app, CinEpisode episode, User worker, string? lateReason = null) =>
        app.InScopeAsync(async sp =>
        {
            var service = sp.GetRequiredService<AssessmentService>();
            var start = episode.ReferralDate < Today ? episode.ReferralDate.AddDays(1) : Today;
            var assessment = await service.StartAsync(episode.Id, CompleteInput(start, lateReason), worker.Ctx());
            await service.SubmitAsync(assessment.Id, worker.Ctx());
            return assessment;
        });

    /// <summary>The assessment form's fields, under the Input prefix the pages bind.</summary>
    public static Dictionary<string, string> Form(DateOnly start, DateOnly? seen, DateOnly? seenAlone, string childViews) => new Dictionary<string, string>
    {
        ["Input.ChildViews"] = childViews,
        ["Input.HowViewsGathered"] = "Seen alone at school, using the three houses",
        ["Input.ParentsViews"] = "Mum says she is coping; dad is not in contact.",
        ["Input.IdentityAndDiversity"] = "White British; speaks English; no disability.",
        ["Input.IdentityInAnalysis"] = "Young carer role shapes how she sees her own needs.",
        ["Input.HistoryConsidered"] = "Two previous contacts from school in 2025.",
        ["Input.Analysis"] = "Mum’s drinking leaves the children alone in the evenings; nan visits daily and is protective.",
        ["Input.Factors"] = "1B",
        ["Input.PrimaryNeedCode"] = "N4",
        ["Input.Recommendation"] = "A child in need plan with nan as part of the network.",
        ["Input.Outcome"] = "ChildInNeedPlan",
    }.With(Date("Input.StartDate", start)).With(Date("Input.ChildSeenDate", seen)).With(Date("Input.ChildSeenAloneDate", seenAlone));

    public static Task<ChildAndFamilyAssessment> AssessmentAsync(this HearthWebApp app, Guid childId) =>
        app.QueryAsync(db => db.Assessments.Include(a => a.Returns).SingleAsync(a => a.PersonId == childId));
}
