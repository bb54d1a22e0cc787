namespace Hearth.Core.LookedAfter.Figures;

/// <summary>
/// Health assessments up to date (the OC2 table's HEALTH_CHECK; CPPCR 2010 reg 7): of the children looked after on the
/// day who have been looked after continuously for at least 12 months, those with a health assessment (initial or
/// review) in the last 12 months, or the last 6 months for a child under 5, since reg 7 asks for a review every six
/// months before the fifth birthday.
/// </summary>
internal static class HealthFigure
{
    public static Figure Compute(IReadOnlyList<FigurePeriod> current, FigureRecord record, DateOnly asAt)
    {
        var births = record.Children.ToDictionary(c => c.PersonId, c => c.DateOfBirth);
        var assessments = record.HealthAssessments.ToLookup(h => h.PersonId, h => h.On);
        var cohort = current.Where(p => p.Start <= asAt.AddYears(-1)).Select(p => p.PersonId).ToList();
        var upToDate = cohort.Where(id =>
        {
            var under5 = LookedAfterFigures.AgeOn(births.GetValueOrDefault(id), asAt) is < 5;
            var since = under5 ? asAt.AddMonths(-6) : asAt.AddYears(-1);
            return assessments[id].Any(on => on > since && on <= asAt);
        });
        return Figure.Of(LookedAfterFigures.HealthAssessments, "Health assessments up to date",
            "Children looked after for 12 months or more on the day with a health assessment in the last 12 months, or 6 months when under 5 (CPPCR 2010 reg 7; SSDA903 OC2 HEALTH_CHECK).",
            upToDate, cohort);
    }
}
