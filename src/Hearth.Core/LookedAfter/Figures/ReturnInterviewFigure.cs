namespace Hearth.Core.LookedAfter.Figures;

/// <summary>
/// Return home interviews within 72 hours (Children who run away or go missing from home or care, DfE 2014, para 47:
/// an independent return interview within 72 hours of the child's return): of the returns from missing or away in the
/// year, those whose interview was held within 72 hours, measured in hours from the return. This figure counts returns,
/// not children; the children are those with at least one return (the cohort) and with at least one held in time.
/// </summary>
internal static class ReturnInterviewFigure
{
    public static readonly TimeSpan Within = TimeSpan.FromHours(72);

    public static Figure Compute(IReadOnlyList<FigureReturn> returns, DateOnly asAt, DateOnly from)
    {
        var inYear = returns.Where(r => DateOnly.FromDateTime(Data.EnglandClock.ToEnglandTime(r.ReturnedAt)) is var d && d >= from && d <= asAt).ToList();
        var inTime = inYear.Where(r => r.InterviewHeldAt is { } held && held >= r.ReturnedAt && held - r.ReturnedAt <= Within).ToList();
        var counted = inTime.Select(r => r.PersonId).Distinct().ToList();
        var cohort = inYear.Select(r => r.PersonId).Distinct().ToList();
        return new Figure(LookedAfterFigures.ReturnInterviews, "Return home interviews within 72 hours",
            "Returns from missing or away in the year after which the return home interview was held within 72 hours of the return (DfE statutory guidance on children who run away or go missing from home or care, 2014).",
            FigureKind.Percentage, inTime.Count, inYear.Count, counted, cohort);
    }
}
