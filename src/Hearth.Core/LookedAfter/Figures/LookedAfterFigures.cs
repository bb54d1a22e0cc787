using Hearth.Core.Statutory;

namespace Hearth.Core.LookedAfter.Figures;

/// <summary>
/// The figures an inspection quotes about children looked after and care leavers (issue 6, "Figures"; the 2015
/// Hertfordshire SIF report: "1033 children are being looked after (a rate of 39.5 per 10,000 children)", "330 (31.9%)
/// live outside the local authority area", "IROs review ... 91% within statutory timeframes", "82% ... an up to date
/// health assessment"), computed from the record as at a date and for the year ending on it, each with its numerator,
/// denominator and the children behind them. Pure: the rows come from <see cref="LookedAfterFiguresQuery"/> or a test.
/// </summary>
public static class LookedAfterFigures
{
    public const string LookedAfter = "looked-after";
    public const string OutOfArea = "out-of-area";
    public const string Over20Miles = "over-20-miles";
    public const string ThreeOrMorePlacements = "three-or-more-placements";
    public const string LongTermStability = "long-term-stability";
    public const string ReviewsOnTime = "reviews-on-time";
    public const string VisitsOnTime = "visits-on-time";
    public const string HealthAssessments = "health-assessments";
    public const string ReturnInterviews = "return-interviews";
    public const string CareLeaversInTouch = "care-leavers-in-touch";
    public const string CareLeaversInEet = "care-leavers-eet";
    public const string CareLeaversSuitablyAccommodated = "care-leavers-suitable-accommodation";

    /// <summary>The year ending on <paramref name="asAt"/>: from the day after the same date a year before.</summary>
    public static DateOnly YearFrom(DateOnly asAt) => asAt.AddYears(-1).AddDays(1);

    public static LookedAfterFiguresReport Compute(FigureRecord record, DateOnly asAt, int? childPopulation, IWorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(record);
        var from = YearFrom(asAt);
        var current = CurrentPeriods(record, asAt);
        var lookedAfter = current.Select(p => p.PersonId).ToList();
        Figure[] figures =
        [
            new(LookedAfter, "Children looked after",
                "Children looked after on the day, not counting those looked after only under an agreed series of short breaks (V3, V4), per 10,000 children aged 0 to 17 (DfE, Children looked after in England, SSDA903).",
                FigureKind.RatePer10000, lookedAfter.Count, childPopulation is > 0 ? childPopulation : null, lookedAfter, lookedAfter),
            .. PlacementFigures.Compute(current, record, asAt, from),
            TimelinessFigures.Reviews(current, record.Reviews, asAt, from, calendar),
            TimelinessFigures.Visits(current, record.Visits, asAt, from),
            HealthFigure.Compute(current, record, asAt),
            ReturnInterviewFigure.Compute(record.Returns, asAt, from),
            .. CareLeaverFigures.Compute(record, asAt, from),
        ];
        return new LookedAfterFiguresReport(asAt, from, figures);
    }

    /// <summary>
    /// The period each child is looked after in on the day. Children looked after under an agreed series of short-term
    /// placements (legal status V3 or V4) are left out of the DfE's "looked after at 31 March" and so here.
    /// </summary>
    internal static IReadOnlyList<FigurePeriod> CurrentPeriods(FigureRecord record, DateOnly asAt) =>
        [.. record.Periods.Where(p => p.OpenOn(asAt) && p.StatusOn(asAt)?.Code is not ("V3" or "V4"))
            .GroupBy(p => p.PersonId).Select(g => g.MaxBy(p => p.Start)!)];

    internal static int? AgeOn(DateOnly? dateOfBirth, DateOnly date)
    {
        if (dateOfBirth is not { } dob)
        {
            return null;
        }
        var age = date.Year - dob.Year;
        return dob.AddYears(age) > date ? age - 1 : age;
    }
}
