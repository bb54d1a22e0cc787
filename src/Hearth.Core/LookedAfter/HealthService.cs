using Hearth.Core.Audit;
using Hearth.Core.Data;
using Hearth.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.LookedAfter;

public sealed record HealthEntryInput(HealthEntryKind? Kind, DateOnly? On, int? SdqScore, string? SdqReason, string? Notes);

public static class HealthEntryKinds
{
    public static string Label(HealthEntryKind kind) => kind switch
    {
        HealthEntryKind.InitialHealthAssessment => "Initial health assessment",
        HealthEntryKind.HealthReview => "Health review",
        HealthEntryKind.DentalCheck => "Dental check",
        HealthEntryKind.ImmunisationsUpToDate => "Immunisations up to date",
        HealthEntryKind.StrengthsAndDifficulties => "Strengths and difficulties questionnaire (SDQ)",
        HealthEntryKind.SubstanceMisuseIdentified => "Substance misuse identified",
        HealthEntryKind.SubstanceMisuseInterventionOffered => "Substance misuse intervention offered",
        HealthEntryKind.SubstanceMisuseInterventionReceived => "Substance misuse intervention received",
        HealthEntryKind.Conviction => "Convicted or subject to a final warning or reprimand",
        HealthEntryKind.HealthSurveillanceCheck => "Health surveillance checks up to date (under 5)",
        _ => kind.ToString(),
    };

    /// <summary>SDQ_REASON: why no SDQ score was recorded (SSDA903 OC2; statutory-data.md B.2).</summary>
    public static IReadOnlyList<(string Code, string Label)> SdqReasons { get; } =
    [
        ("SDQ1", "No form returned as the child was aged under 4 or over 17 at the date of the latest assessment"),
        ("SDQ2", "Carer refused to complete and return the questionnaire"),
        ("SDQ3", "Not possible to complete the questionnaire because of the severity of the child’s disability"),
        ("SDQ4", "Other"),
        ("SDQ5", "The child refuses to allow an SDQ to be completed"),
    ];
}

/// <summary>
/// Dated health facts for a looked-after child (CPPCR 2010 reg 7 and Promoting the health and wellbeing of looked-after
/// children 2015): what the OC2 table needs. Assessments feed the health clocks (<see cref="LookedAfterClockEvents"/>).
/// </summary>
public sealed class HealthService(HearthDbContext db, EventRecorder events, TimeProvider clock)
{
    public const string Process = "LookedAfter.Health";
    public const int MaxSdqScore = 40;

    public async Task<HealthEntry> RecordAsync(Guid personId, HealthEntryInput input, ProcessContext ctx, CancellationToken ct = default)
    {
        var person = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == personId, ct) ?? throw new RecordNotFoundException();
        var errors = new ErrorList();
        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add("Kind", "Select what you are recording");
            kind = default;
        }
        errors.RequirePastDate("On", input.On, clock.TodayInEngland(), "of the check or event");
        if (input.On < person.DateOfBirth)
        {
            errors.Add("On", "The date cannot be before the child was born");
        }
        var sdq = input.Kind == HealthEntryKind.StrengthsAndDifficulties;
        var reason = string.IsNullOrWhiteSpace(input.SdqReason) ? null : input.SdqReason.Trim().ToUpperInvariant();
        if (sdq)
        {
            // OC2: a score 0-40, or the reason there is none; never both.
            if (input.SdqScore is null && reason is null)
            {
                errors.Add("SdqScore", "Enter the SDQ score, or select why there is none");
            }
            else if (input.SdqScore is not null && reason is not null)
            {
                errors.Add("SdqReason", "Enter a score or a reason for no score, not both");
            }
            if (input.SdqScore is < 0 or > MaxSdqScore)
            {
                errors.Add("SdqScore", $"The SDQ score must be between 0 and {MaxSdqScore}");
            }
            if (reason is not null && HealthEntryKinds.SdqReasons.All(r => r.Code != reason))
            {
                errors.Add("SdqReason", "Select why there is no SDQ score");
            }
        }
        else if (input.SdqScore is not null || reason is not null)
        {
            errors.Add("SdqScore", "An SDQ score or reason can only be recorded with a strengths and difficulties questionnaire");
        }
        errors.MaxLength("Notes", input.Notes, LookedAfterReviewService.MaxText, "The notes");
        errors.ThrowIfAny();

        var entry = new HealthEntry
        {
            PersonId = personId,
            Kind = kind,
            On = input.On!.Value,
            SdqScore = sdq ? input.SdqScore : null,
            SdqReason = sdq ? reason : null,
            Notes = string.IsNullOrWhiteSpace(input.Notes) ? null : input.Notes.Trim(),
            RecordedAt = events.Now,
            RecordedByName = ctx.UserName,
        };
        db.HealthEntries.Add(entry);
        events.Record(ctx, Process, new HealthEntryRecorded(entry.Id, entry.Kind, entry.On), [personId]);
        await db.SaveChangesAsync(ct);
        return entry;
    }
}
