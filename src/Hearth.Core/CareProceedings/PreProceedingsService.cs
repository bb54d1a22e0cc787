using Hearth.Core.Audit;
using Hearth.Core.ChildInNeed;
using Hearth.Core.Data;
using Hearth.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.CareProceedings;

public sealed record PreProceedingsInput(
    DateOnly? StartDate,
    DateOnly? LetterBeforeProceedingsSentOn,
    bool? FamilyGroupMeetingOffered,
    bool? FamilyGroupMeetingFacilitated,
    DateOnly? InitialMeetingOn,
    int? ReviewMeetingsCount,
    DateOnly? StepDecisionOn,
    string? Outcome,
    DateOnly? CourtApplicationOn,
    DateOnly? LetterInitiatingProceedingsOn);

public sealed record PreProceedingsRecorded(Guid PreProceedingsId, Guid EpisodeId, Guid PersonId, DateOnly StartDate, bool Changed,
    PreProceedingsInput Details) : IProcessEvent
{
    public string Summary => Changed
        ? $"Pre-proceedings (started {StartDate:d MMMM yyyy}) updated"
        : $"Pre-proceedings started on {StartDate:d MMMM yyyy} (Public Law Outline)";
}

/// <summary>
/// Pre-proceedings under the Public Law Outline and family group decision making, recorded on the
/// child's open episode as they happen: what the CIN census collects from 2026-27 (statutory-data.md
/// A.5), and what the authority's legal gateway tracks.
/// </summary>
public sealed class PreProceedingsService(HearthDbContext db, EventRecorder events, CinEpisodeGuard guard, TimeProvider clock)
{
    public const string Process = "CareProceedings.PreProceedings";
    public const int MaxReviewMeetings = 99;

    /// <summary>Starts a record (<paramref name="id"/> null) or changes one as pre-proceedings go on.</summary>
    public async Task<PreProceedings> SaveAsync(Guid episodeId, Guid? id, PreProceedingsInput input, ProcessContext ctx, CancellationToken ct = default)
    {
        var episode = await guard.OpenEpisodeAsync(episodeId, ct);
        Validate(input, episode.ReferralDate, clock.TodayInEngland());
        var record = id is null
            ? new PreProceedings { EpisodeId = episode.Id, PersonId = episode.PersonId, RecordedAt = events.Now, RecordedByName = ctx.UserName }
            : await db.PreProceedings.SingleOrDefaultAsync(p => p.Id == id && p.EpisodeId == episodeId, ct) ?? throw new RecordNotFoundException();
        record.StartDate = input.StartDate!.Value;
        record.LetterBeforeProceedingsSentOn = input.LetterBeforeProceedingsSentOn;
        record.FamilyGroupMeetingOffered = input.FamilyGroupMeetingOffered;
        record.FamilyGroupMeetingFacilitated = input.FamilyGroupMeetingFacilitated;
        record.InitialMeetingOn = input.InitialMeetingOn;
        record.ReviewMeetingsCount = input.ReviewMeetingsCount;
        record.StepDecisionOn = input.StepDecisionOn;
        record.Outcome = string.IsNullOrWhiteSpace(input.Outcome) ? null : input.Outcome.Trim().ToUpperInvariant();
        record.CourtApplicationOn = input.CourtApplicationOn;
        record.LetterInitiatingProceedingsOn = input.LetterInitiatingProceedingsOn;
        if (id is null)
        {
            db.PreProceedings.Add(record);
        }
        events.Record(ctx, Process, new PreProceedingsRecorded(record.Id, episode.Id, episode.PersonId, record.StartDate, id is not null, input),
            [episode.PersonId], episode.Id);
        await db.SaveChangesAsync(ct);
        return record;
    }

    private static void Validate(PreProceedingsInput input, DateOnly referralDate, DateOnly today)
    {
        var errors = new ErrorList();
        if (input.StartDate is not { } start)
        {
            errors.Add("StartDate", "Enter the date pre-proceedings started");
        }
        else if (start > today)
        {
            errors.Add("StartDate", "The date pre-proceedings started must be today or in the past");
        }
        else if (start < referralDate)
        {
            errors.Add("StartDate", $"Pre-proceedings cannot start before the referral on {referralDate:d MMMM yyyy}");
        }
        void Dated(string field, DateOnly? date, string what)
        {
            if (date > today)
            {
                errors.Add(field, $"The date {what} must be today or in the past");
            }
            else if (date < input.StartDate)
            {
                errors.Add(field, $"The date {what} cannot be before pre-proceedings started");
            }
        }
        Dated("LetterBeforeProceedingsSentOn", input.LetterBeforeProceedingsSentOn, "the letter before proceedings was sent");
        Dated("InitialMeetingOn", input.InitialMeetingOn, "of the first pre-proceedings meeting");
        Dated("StepDecisionOn", input.StepDecisionOn, "of the decision to end pre-proceedings");
        Dated("CourtApplicationOn", input.CourtApplicationOn, "of the court application");
        Dated("LetterInitiatingProceedingsOn", input.LetterInitiatingProceedingsOn, "of the letter of issue");
        if (input.FamilyGroupMeetingFacilitated == true && input.FamilyGroupMeetingOffered == false)
        {
            errors.Add("FamilyGroupMeetingFacilitated", "A family group decision making meeting can only be facilitated if it was offered");
        }
        if (input.ReviewMeetingsCount is < 0 or > MaxReviewMeetings)
        {
            errors.Add("ReviewMeetingsCount", $"The number of review meetings must be between 0 and {MaxReviewMeetings}");
        }
        if (input.Outcome is { } outcome && !string.IsNullOrWhiteSpace(outcome)
            && (outcome.Trim().Length > PreProceedings.MaxCode || !outcome.Trim().All(char.IsAsciiLetterOrDigit)))
        {
            errors.Add("Outcome", $"The outcome code must be letters or numbers, {PreProceedings.MaxCode} at most");
        }
        if (input.Outcome is { Length: > 0 } && input.StepDecisionOn is null)
        {
            errors.Add("StepDecisionOn", "Enter the date of the decision that ended pre-proceedings");
        }
        errors.ThrowIfAny();
    }
}
