using System.Globalization;
using Hearth.Core.LookedAfter;

namespace Hearth.Core.Returns.Ssda903.Record;

/// <summary>One health entry as the OC2 table reads it.</summary>
internal sealed record Ssda903HealthRow(Guid PersonId, HealthEntryKind Kind, DateOnly On, int? SdqScore, string? SdqReason);

/// <summary>
/// The OC2 items (statutory-data.md B.1) from the health entries dated in the collection year, and back. The mapping:
/// <list type="bullet">
/// <item>CONVICTED 1 when a <see cref="HealthEntryKind.Conviction"/> is dated in the year, else 0; blank for a child under 10
/// at 31 March, who is below the age of criminal responsibility (rule 542: conviction information is only for 10s and over).</item>
/// <item>HEALTH_CHECK (health surveillance checks up to date, under 5s) 1 for a <see cref="HealthEntryKind.HealthSurveillanceCheck"/>, else 0;
/// blank for a child 5 or over at 31 March (rule 546: health promotion information is only for under 5s).</item>
/// <item>IMMUNISATIONS 1 for <see cref="HealthEntryKind.ImmunisationsUpToDate"/>, TEETH_CHECK 1 for a <see cref="HealthEntryKind.DentalCheck"/>, else 0.</item>
/// <item>HEALTH_ASSESSMENT (the annual health assessment, CPPCR 2010 reg 7) 1 for an initial health assessment or a health review, else 0.</item>
/// <item>SUBSTANCE_MISUSE 1 for <see cref="HealthEntryKind.SubstanceMisuseIdentified"/>, else 0.</item>
/// <item>INTERVENTION_RECEIVED only with SUBSTANCE_MISUSE 1 (rule 193), 1 or 0; INTERVENTION_OFFERED only when none was
/// received (rules 158, 159), 1 or 0; otherwise blank.</item>
/// <item>SDQ_SCORE and SDQ_REASON from the latest strengths and difficulties entry in the year; blank when none.</item>
/// </list>
/// The import makes one entry for each item that is 1 (and one for the SDQ), dated 31 March of the file's year: the
/// return says only that it happened in the year, and the last day keeps it in the year whatever day it was.
/// </summary>
internal static class Ssda903HealthItems
{
    private const string Yes = "1";
    private const string No = "0";

    /// <param name="yearEnd">31 March of the collection year, when the child's age decides which items apply (rules 542, 546).</param>
    public static Oc2Row Row(string child, Guid personId, string? dob, DateOnly yearEnd, IReadOnlyCollection<Ssda903HealthRow> inYear)
    {
        // An unreadable date of birth leaves both items in: the age rules cannot apply, and other rules flag the date.
        var age = Rules.ChildrenInReturn.AgeAt(dob, yearEnd);
        string Flag(params HealthEntryKind[] kinds) => inYear.Any(e => kinds.Contains(e.Kind)) ? Yes : No;
        var sdq = inYear.Where(e => e.Kind == HealthEntryKind.StrengthsAndDifficulties).OrderBy(e => e.On).LastOrDefault();
        var misuse = Flag(HealthEntryKind.SubstanceMisuseIdentified);
        var received = misuse == Yes ? Flag(HealthEntryKind.SubstanceMisuseInterventionReceived) : null;
        return new Oc2Row
        {
            PersonId = personId,
            CHILD = child,
            DOB = dob,
            SDQ_SCORE = sdq?.SdqScore?.ToString(CultureInfo.InvariantCulture),
            SDQ_REASON = sdq?.SdqReason,
            CONVICTED = age < 10 ? null : Flag(HealthEntryKind.Conviction),
            HEALTH_CHECK = age >= 5 ? null : Flag(HealthEntryKind.HealthSurveillanceCheck),
            IMMUNISATIONS = Flag(HealthEntryKind.ImmunisationsUpToDate),
            TEETH_CHECK = Flag(HealthEntryKind.DentalCheck),
            HEALTH_ASSESSMENT = Flag(HealthEntryKind.InitialHealthAssessment, HealthEntryKind.HealthReview),
            SUBSTANCE_MISUSE = misuse,
            INTERVENTION_RECEIVED = received,
            INTERVENTION_OFFERED = received == No ? Flag(HealthEntryKind.SubstanceMisuseInterventionOffered) : null,
        };
    }

    /// <summary>The entries an OC2 row gives, dated <paramref name="on"/>.</summary>
    public static IEnumerable<(HealthEntryKind Kind, int? Score, string? Reason)> Entries(Oc2Row row)
    {
        if (row.SDQ_SCORE is not null || row.SDQ_REASON is not null)
        {
            yield return (HealthEntryKind.StrengthsAndDifficulties, Score(row.SDQ_SCORE), row.SDQ_REASON);
        }
        foreach (var (value, kind) in Flags(row))
        {
            if (value == Yes)
            {
                yield return (kind, null, null);
            }
        }
    }

    /// <summary>The 0/1 cells and the entry each 1 stands for.</summary>
    public static IEnumerable<(string? Value, HealthEntryKind Kind)> Flags(Oc2Row row) =>
    [
        (row.CONVICTED, HealthEntryKind.Conviction),
        (row.HEALTH_CHECK, HealthEntryKind.HealthSurveillanceCheck),
        (row.IMMUNISATIONS, HealthEntryKind.ImmunisationsUpToDate),
        (row.TEETH_CHECK, HealthEntryKind.DentalCheck),
        (row.HEALTH_ASSESSMENT, HealthEntryKind.HealthReview),
        (row.SUBSTANCE_MISUSE, HealthEntryKind.SubstanceMisuseIdentified),
        (row.INTERVENTION_RECEIVED, HealthEntryKind.SubstanceMisuseInterventionReceived),
        (row.INTERVENTION_OFFERED, HealthEntryKind.SubstanceMisuseInterventionOffered),
    ];

    public static bool IsFlag(string? value) => value is null or Yes or No;

    /// <summary>A whole-number SDQ score, or null when the cell is blank or not a whole number.</summary>
    public static int? Score(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var score) ? score : null;
}
