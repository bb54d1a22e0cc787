using Hearth.Core.Statutory;

namespace Hearth.Core.Assessment;

/// <summary>
/// The 45 working day clock read from the rule table (one definition of "late"), counted with the
/// England and Wales bank holidays: the same dates the obligation engine and the census query 8670Q use.
/// </summary>
public static class AssessmentTimescale
{
    public const string RuleId = "assessment.child-and-family.45wd";

    private static Timescale Timescale => StatutoryRuleTable.England[RuleId].Timescale;

    /// <summary>The last day on which an assessment from a referral on <paramref name="referralDate"/> is on time (working day 45).</summary>
    public static DateOnly DueFrom(DateOnly referralDate) => Timescale.DueFrom(referralDate, HolidayCalendar.EnglandAndWales);

    /// <summary>Working days after day 45 that <paramref name="completed"/> falls; 0 when on time.</summary>
    public static int WorkingDaysLate(DateOnly referralDate, DateOnly completed) =>
        Timescale.LatenessOf(completed, DueFrom(referralDate), HolidayCalendar.EnglandAndWales);
}
