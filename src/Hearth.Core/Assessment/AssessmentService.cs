using Hearth.Core.Audit;
using Hearth.Core.ChildInNeed;
using Hearth.Core.Data;
using Hearth.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.Assessment;

/// <summary>
/// Child and family assessments: started and written by a worker on an open CIN episode, submitted,
/// then authorised or returned by a manager. Each write checks the episode is open, changes the
/// assessment and records its event in one SaveChanges; bad input changes nothing.
/// </summary>
public sealed class AssessmentService(HearthDbContext db, EventRecorder events, CinEpisodeGuard episodes, TimeProvider clock)
{
    private const string Area = "Assessment";

    public async Task<ChildAndFamilyAssessment> StartAsync(Guid episodeId, AssessmentInput input, ProcessContext ctx, CancellationToken ct = default)
    {
        var episode = await episodes.OpenEpisodeAsync(episodeId, ct);
        if (await db.Assessments.AnyAsync(a => a.EpisodeId == episodeId && a.Kind == AssessmentKind.ChildAndFamily && a.Status != AssessmentStatus.Authorised, ct))
        {
            throw ValidationFailedException.For("Episode", "This episode already has a child and family assessment in progress: continue that one");
        }
        var assessment = ChildAndFamilyAssessment.Start(episode.Id, episode.PersonId, episode.ReferralDate, input, clock.TodayInEngland(),
            ctx.UserId, ctx.UserName, events.Now);
        db.Assessments.Add(assessment);
        SetPrimaryNeed(episode, assessment);
        events.Record(ctx, $"{Area}.Start",
            new AssessmentStarted(assessment.Id, episode.Id, episode.PersonId, assessment.Kind, assessment.StartDate, assessment.DueDate, AssessmentSnapshot.Of(assessment)),
            [episode.PersonId], episode.Id);
        await db.SaveChangesAsync(ct);
        return assessment;
    }

    /// <summary>Saves the author's changes to a draft; nothing is recorded when nothing changed.</summary>
    public async Task SaveAsync(Guid assessmentId, AssessmentInput input, ProcessContext ctx, CancellationToken ct = default)
    {
        var (assessment, episode) = await LoadAsync(assessmentId, ct);
        var old = AssessmentSnapshot.Of(assessment);
        assessment.Revise(input, ctx.UserId, clock.TodayInEngland());
        var @new = AssessmentSnapshot.Of(assessment);
        var changes = Changes.Between(old, @new);
        if (changes.Count == 0)
        {
            return;
        }
        SetPrimaryNeed(episode, assessment);
        events.Record(ctx, $"{Area}.Save", new AssessmentUpdated(assessment.Id, episode.Id, episode.PersonId, old, @new, changes),
            [episode.PersonId], episode.Id);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The author submits the draft; past working day 45, <paramref name="lateReason"/> is required unless the draft has one.</summary>
    public async Task SubmitAsync(Guid assessmentId, ProcessContext ctx, string? lateReason = null, CancellationToken ct = default)
    {
        var (assessment, episode) = await LoadAsync(assessmentId, ct);
        var today = clock.TodayInEngland();
        assessment.Submit(ctx.UserId, today, events.Now, lateReason);
        events.Record(ctx, $"{Area}.Submit",
            new AssessmentSubmitted(assessment.Id, episode.Id, episode.PersonId, today, assessment.DueDate, assessment.LateReason, AssessmentSnapshot.Of(assessment)),
            [episode.PersonId], episode.Id);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The manager authorises: today becomes the completion date. Never by the assessment's author.
    /// If it is past working day 45 and the worker gave no reason, <paramref name="lateReason"/> is required.
    /// </summary>
    public async Task AuthoriseAsync(Guid assessmentId, ProcessContext ctx, string? lateReason = null, CancellationToken ct = default)
    {
        var (assessment, episode) = await LoadAsync(assessmentId, ct);
        var old = AssessmentSnapshot.Of(assessment);
        var today = clock.TodayInEngland();
        assessment.Authorise(ctx.UserId, ctx.UserName, today, lateReason);
        events.Record(ctx, $"{Area}.Authorise",
            new AssessmentAuthorised(assessment.Id, episode.Id, episode.PersonId, today, ctx.UserName, assessment.DueDate,
                assessment.WorkingDaysLate(today), assessment.LateReason, assessment.Outcome, assessment.Factors, old, AssessmentSnapshot.Of(assessment)),
            [episode.PersonId], episode.Id);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The manager sends it back to the author as a draft; the comments stay on the assessment.</summary>
    public async Task<AssessmentReturn> ReturnAsync(Guid assessmentId, string? comments, ProcessContext ctx, CancellationToken ct = default)
    {
        var (assessment, episode) = await LoadAsync(assessmentId, ct);
        var returned = assessment.Return(ctx.UserId, ctx.UserName, comments, events.Now);
        db.AssessmentReturns.Add(returned);
        events.Record(ctx, $"{Area}.Return",
            new AssessmentReturned(assessment.Id, episode.Id, episode.PersonId, returned.Id, ctx.UserName, returned.Comments),
            [episode.PersonId], episode.Id);
        await db.SaveChangesAsync(ct);
        return returned;
    }

    private async Task<(ChildAndFamilyAssessment, CinEpisode)> LoadAsync(Guid assessmentId, CancellationToken ct)
    {
        var assessment = await db.Assessments.Include(a => a.Returns).SingleOrDefaultAsync(a => a.Id == assessmentId, ct)
            ?? throw new RecordNotFoundException();
        var episode = await episodes.OpenEpisodeAsync(assessment.EpisodeId, ct);
        return (assessment, episode);
    }

    /// <summary>The census reads the primary need from the episode; the assessment is where it is identified.</summary>
    private static void SetPrimaryNeed(CinEpisode episode, ChildAndFamilyAssessment assessment)
    {
        if (assessment.PrimaryNeedCode is { } need)
        {
            episode.PrimaryNeedCode = need;
        }
    }
}
