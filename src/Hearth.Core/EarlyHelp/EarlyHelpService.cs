using Hearth.Core.Audit;
using Hearth.Core.Data;
using Hearth.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.EarlyHelp;

/// <summary>
/// Early help episodes: requested with the family's consent, assessed, reviewed with the team around
/// the family, closed with an outcome. Each write saves its event in the same SaveChanges, so the
/// child's history shows every step; bad input changes nothing.
/// </summary>
public sealed class EarlyHelpService(HearthDbContext db, EventRecorder events, TimeProvider clock)
{
    public async Task<EarlyHelpEpisode> RequestAsync(Guid personId, EarlyHelpRequest request, ProcessContext ctx, CancellationToken ct = default)
    {
        var episode = EarlyHelpEpisode.Open(personId, request, clock.TodayInEngland(), events.Now, ctx.UserName);
        await EnsureChildAsync(db, personId, ct);
        if (await HasOpenEpisodeAsync(db, personId, ct))
        {
            throw ValidationFailedException.For("RequestedOn", "This child already has an open early help episode: close it before requesting early help again");
        }
        db.EarlyHelpEpisodes.Add(episode);
        RecordOpened(events, ctx, episode, "EarlyHelp.Request");
        await db.SaveChangesAsync(ct);
        return episode;
    }

    public async Task RecordAssessmentAsync(Guid episodeId, EarlyHelpAssessment assessment, ProcessContext ctx, CancellationToken ct = default)
    {
        var episode = await LoadAsync(episodeId, ct);
        var old = EarlyHelpAssessmentSnapshot.Of(episode);
        episode.RecordAssessment(assessment, clock.TodayInEngland());
        var @new = EarlyHelpAssessmentSnapshot.Of(episode);
        var changes = Changes.Between(old, @new);
        if (changes.Count == 0)
        {
            return;
        }
        events.Record(ctx, "EarlyHelp.RecordAssessment", new EarlyHelpAssessmentRecorded(episode.Id, episode.PersonId, old, @new, changes),
            [episode.PersonId], episode.Id);
        await db.SaveChangesAsync(ct);
    }

    public async Task<EarlyHelpMeeting> RecordMeetingAsync(Guid episodeId, EarlyHelpMeetingInput input, ProcessContext ctx, CancellationToken ct = default)
    {
        var episode = await LoadAsync(episodeId, ct);
        var meeting = episode.AddMeeting(input, clock.TodayInEngland(), events.Now, ctx.UserName);
        db.EarlyHelpMeetings.Add(meeting);
        events.Record(ctx, "EarlyHelp.RecordMeeting",
            new EarlyHelpMeetingRecorded(episode.Id, meeting.Id, episode.PersonId, meeting.Kind, meeting.Date, meeting.Attendees, meeting.Notes),
            [episode.PersonId], episode.Id);
        await db.SaveChangesAsync(ct);
        return meeting;
    }

    /// <summary>Closes the episode. Stepping the child up is its own write (<see cref="StepChanges.StepUpAsync"/>): closing never steps up.</summary>
    public async Task CloseAsync(Guid episodeId, EarlyHelpClosure closure, ProcessContext ctx, CancellationToken ct = default)
    {
        var episode = await LoadAsync(episodeId, ct);
        episode.Close(closure, clock.TodayInEngland());
        events.Record(ctx, "EarlyHelp.Close",
            new EarlyHelpEpisodeClosed(episode.Id, episode.PersonId, episode.ClosedOn!.Value, episode.ClosureOutcome!.Value, episode.ClosureNote),
            [episode.PersonId], episode.Id);
        await db.SaveChangesAsync(ct);
    }

    private async Task<EarlyHelpEpisode> LoadAsync(Guid episodeId, CancellationToken ct) =>
        await db.EarlyHelpEpisodes.Include(e => e.Meetings).SingleOrDefaultAsync(e => e.Id == episodeId, ct)
            ?? throw new RecordNotFoundException();

    internal static void RecordOpened(EventRecorder events, ProcessContext ctx, EarlyHelpEpisode episode, string process) =>
        events.Record(ctx, process,
            new EarlyHelpRequested(episode.Id, episode.PersonId, episode.RequestedOn, episode.RequestedBy, episode.RequestReason,
                episode.ConsentDate, episode.StepChangeId),
            [episode.PersonId], episode.Id);

    internal static Task<bool> HasOpenEpisodeAsync(HearthDbContext db, Guid personId, CancellationToken ct) =>
        db.EarlyHelpEpisodes.AnyAsync(e => e.PersonId == personId && e.ClosedOn == null, ct);

    internal static async Task EnsureChildAsync(HearthDbContext db, Guid personId, CancellationToken ct)
    {
        if (!await db.People.AnyAsync(p => p.Id == personId && p.MergedIntoId == null, ct))
        {
            throw new RecordNotFoundException();
        }
    }
}
