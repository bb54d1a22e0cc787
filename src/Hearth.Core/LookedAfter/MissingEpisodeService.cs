using Hearth.Core.Audit;
using Hearth.Core.Data;
using Hearth.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.LookedAfter;

/// <summary>A missing or away episode as entered: instants are UTC (the page reads England local time and converts).</summary>
public sealed record MissingEpisodeInput(MissingKind? Kind, DateTime? StartedAt, DateTime? ReturnedAt, bool? ReportedToPolice, string? WhereFound);

/// <summary>The return home interview as entered: offered, accepted or declined, held, by whom, what the child said.</summary>
public sealed record ReturnInterviewInput(DateTime? OfferedAt, bool? Accepted, DateTime? HeldAt, string? InterviewedBy, string? WhereAndWithWhom);

public sealed record MissingEpisodeRecorded(Guid MissingEpisodeId, Guid PersonId, Guid? CarePeriodId, MissingKind Kind, DateTime StartedAt,
    DateTime? ReturnedAt, bool ReportedToPolice, bool Changed) : IProcessEvent
{
    public string Summary => (Kind == MissingKind.Missing ? "Missing" : "Away from placement") + $" from {MissingEpisodeService.Local(StartedAt)}"
        + (ReturnedAt is { } back ? $", returned {MissingEpisodeService.Local(back)}" : ", not yet returned")
        + (Changed ? " (updated)" : "");
}

public sealed record ReturnInterviewRecorded(Guid MissingEpisodeId, Guid PersonId, DateTime? OfferedAt, bool Accepted, DateTime? HeldAt) : IProcessEvent
{
    public string Summary => HeldAt is { } held
        ? $"Return home interview held {MissingEpisodeService.Local(held)}"
        : Accepted ? "Return home interview offered and accepted" : "Return home interview offered and declined";
}

/// <summary>
/// Records a time a child was missing or away from placement (MISSING M/A, statutory-data.md B.2), for any child;
/// the episode belongs to the period of care the child was in when it started, which puts it in the SSDA903
/// Missing table. Then the return home interview that must be offered within 72 hours of the return (SG Children
/// who run away or go missing from home or care, DfE 2014; <see cref="ReturnInterviewTimeliness"/>).
/// </summary>
public sealed class MissingEpisodeService(HearthDbContext db, EventRecorder events)
{
    public const string Process = "LookedAfter.Missing";
    public const int MaxName = CarePeriod.MaxName;

    /// <summary>Records a new episode (<paramref name="id"/> null) or changes one, as when the child comes back.</summary>
    public async Task<MissingEpisode> SaveAsync(Guid personId, Guid? id, MissingEpisodeInput input, ProcessContext ctx, CancellationToken ct = default)
    {
        var person = await db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => new { p.DateOfBirth }).SingleOrDefaultAsync(ct)
            ?? throw new RecordNotFoundException();
        var episode = id is null
            ? new MissingEpisode { PersonId = personId, RecordedAt = events.Now, RecordedByName = ctx.UserName }
            : await db.MissingEpisodes.SingleOrDefaultAsync(m => m.Id == id && m.PersonId == personId, ct) ?? throw new RecordNotFoundException();
        Validate(input, person.DateOfBirth, episode, events.Now);
        var started = input.StartedAt!.Value;
        var startDay = DateOnly.FromDateTime(EnglandClock.ToEnglandTime(started));
        // Looked after at the start: the period that had begun by that day and had not ended before it.
        episode.CarePeriodId = await db.CarePeriods.AsNoTracking()
            .Where(p => p.PersonId == personId && p.StartDate <= startDay && (p.EndDate == null || p.EndDate >= startDay))
            .OrderByDescending(p => p.StartDate).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct);
        episode.Kind = input.Kind!.Value;
        episode.StartedAt = started;
        episode.ReturnedAt = input.ReturnedAt;
        episode.ReportedToPolice = input.ReportedToPolice!.Value;
        episode.WhereFound = Clean(input.WhereFound);
        if (id is null)
        {
            db.MissingEpisodes.Add(episode);
        }
        events.Record(ctx, Process, new MissingEpisodeRecorded(episode.Id, personId, episode.CarePeriodId, episode.Kind, started, episode.ReturnedAt,
            episode.ReportedToPolice, id is not null), [personId], episode.CarePeriodId);
        await db.SaveChangesAsync(ct);
        return episode;
    }

    /// <summary>Records (or corrects) the return home interview of an episode the child has come back from.</summary>
    public async Task<MissingEpisode> RecordInterviewAsync(Guid personId, Guid missingEpisodeId, ReturnInterviewInput input, ProcessContext ctx,
        CancellationToken ct = default)
    {
        var episode = await db.MissingEpisodes.SingleOrDefaultAsync(m => m.Id == missingEpisodeId && m.PersonId == personId, ct)
            ?? throw new RecordNotFoundException();
        ValidateInterview(input, episode.ReturnedAt, events.Now);
        episode.InterviewOfferedAt = input.OfferedAt;
        episode.InterviewAccepted = input.Accepted;
        episode.InterviewHeldAt = input.HeldAt;
        episode.InterviewedBy = Clean(input.InterviewedBy);
        episode.WhereAndWithWhom = Clean(input.WhereAndWithWhom);
        events.Record(ctx, Process, new ReturnInterviewRecorded(episode.Id, personId, input.OfferedAt, input.Accepted!.Value, input.HeldAt),
            [personId], episode.CarePeriodId);
        await db.SaveChangesAsync(ct);
        return episode;
    }

    /// <summary>An instant as England's clocks showed it, for summaries and pages.</summary>
    public static string Local(DateTime utc) => EnglandClock.ToEnglandTime(utc).ToString("d MMMM yyyy 'at' HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static void Validate(MissingEpisodeInput input, DateOnly? dateOfBirth, MissingEpisode existing, DateTime now)
    {
        var errors = new ErrorList();
        if (input.Kind is null)
        {
            errors.Add("Kind", "Select whether the child was missing or away from placement");
        }
        if (input.StartedAt is not { } started)
        {
            errors.Add("StartedAt", "Enter the date and time the child went missing");
        }
        else if (started > now)
        {
            errors.Add("StartedAt", "The date and time the child went missing must be in the past");
        }
        else if (dateOfBirth is { } dob && DateOnly.FromDateTime(EnglandClock.ToEnglandTime(started)) < dob)
        {
            errors.Add("StartedAt", $"The date the child went missing cannot be before their date of birth, {dob:d MMMM yyyy}");
        }
        if (input.ReturnedAt is { } returned)
        {
            if (returned > now)
            {
                errors.Add("ReturnedAt", "The date and time the child returned must be in the past");
            }
            else if (input.StartedAt is { } start && returned <= start)
            {
                errors.Add("ReturnedAt", "The date and time the child returned must be after they went missing");
            }
        }
        else if (existing.InterviewOfferedAt is not null || existing.InterviewHeldAt is not null)
        {
            errors.Add("ReturnedAt", "Enter the date and time the child returned: a return interview has been recorded");
        }
        if (input.ReturnedAt is { } back && (existing.InterviewOfferedAt < back || existing.InterviewHeldAt < back))
        {
            errors.Add("ReturnedAt", "The child must have returned before the return interview was offered or held");
        }
        if (input.ReportedToPolice is null)
        {
            errors.Add("ReportedToPolice", "Select whether the child was reported to the police");
        }
        errors.MaxLength("WhereFound", input.WhereFound?.Trim(), MissingEpisode.MaxText, "Where the child was found");
        errors.ThrowIfAny();
    }

    private static void ValidateInterview(ReturnInterviewInput input, DateTime? returnedAt, DateTime now)
    {
        var errors = new ErrorList();
        if (returnedAt is not { } returned)
        {
            errors.Add("HeldAt", "Record when the child returned before recording the return interview");
            errors.ThrowIfAny();
            return;
        }
        if (input.Accepted is null)
        {
            errors.Add("Accepted", "Select whether the child accepted the interview");
        }
        if (input.OfferedAt is null && input.HeldAt is null)
        {
            errors.Add("OfferedAt", "Enter when the interview was offered, or when it was held");
        }
        void Instant(string field, DateTime? at, string what)
        {
            if (at > now)
            {
                errors.Add(field, $"The date and time {what} must be in the past");
            }
            else if (at < returned)
            {
                errors.Add(field, $"The date and time {what} must be after the child returned, {Local(returned)}");
            }
        }
        Instant("OfferedAt", input.OfferedAt, "the interview was offered");
        Instant("HeldAt", input.HeldAt, "of the interview");
        if (input.HeldAt is { } held && input.OfferedAt is { } offered && held < offered)
        {
            errors.Add("HeldAt", "The interview cannot have been held before it was offered");
        }
        if (input.Accepted == false && input.HeldAt is not null)
        {
            errors.Add("HeldAt", "Leave the date of the interview blank if the child declined it");
        }
        if (input.HeldAt is null && !string.IsNullOrWhiteSpace(input.WhereAndWithWhom))
        {
            errors.Add("HeldAt", "Enter the date and time of the interview the child said this in");
        }
        errors.MaxLength("InterviewedBy", input.InterviewedBy?.Trim(), MaxName, "Who held the interview");
        errors.MaxLength("WhereAndWithWhom", input.WhereAndWithWhom?.Trim(), MissingEpisode.MaxText, "What the child said");
        errors.ThrowIfAny();
    }
}
