using Hearth.Core.Statutory;

namespace Hearth.Core.LookedAfter.Figures;

/// <summary>
/// Reviews (CPPCR 2010 reg 33) and visits (reg 28) on time: of the children looked after on the day with at least one
/// review (or visit) due during the year in their current period, those whose every one due in the year was held by
/// its due date. Each interval runs from the one actually held before it, not from its due date (timescales.md,
/// "intervals not more than"). These are computed here from the dates with the England and Wales working-day
/// calendar rather than from the obligation engine's clocks, because the figures are asked for as at any date, over a
/// year, from the record as it stands, and must hold without the looked-after clock projections being in place.
/// </summary>
internal static class TimelinessFigures
{
    public static Figure Reviews(IReadOnlyList<FigurePeriod> current, IReadOnlyList<FigureReview> reviews, DateOnly asAt, DateOnly from,
        IWorkingDayCalendar calendar)
    {
        var byPeriod = reviews.ToLookup(r => r.CarePeriodId);
        var cohort = new List<Guid>();
        var onTime = new List<Guid>();
        foreach (var period in current)
        {
            var held = byPeriod[period.Id].Select(r => r.HeldOn).Where(d => d >= period.Start && d <= asAt).Order().ToList();
            // Reg 33: the first review within 20 working days of the child becoming looked after, the second within
            // 3 months of the first, then at intervals of not more than 6 months.
            var due = WorkingDays.AddWorkingDays(period.Start, 20, calendar);
            var (anyDue, late) = Walk(held, due, asAt, from, (review, number) => number == 1 ? review.AddMonths(3) : review.AddMonths(6));
            Tally(period.PersonId, anyDue, late, cohort, onTime);
        }
        return Figure.Of(LookedAfterFigures.ReviewsOnTime, "Reviews on time",
            "Children looked after on the day whose reviews due in the year were all held on time: the first within 20 working days, the second within 3 months, then every 6 months (CPPCR 2010 reg 33; Ofsted, reviewed within statutory timeframes).",
            onTime, cohort);
    }

    public static Figure Visits(IReadOnlyList<FigurePeriod> current, IReadOnlyList<FigureVisit> visits, DateOnly asAt, DateOnly from)
    {
        var byPeriod = visits.ToLookup(v => v.CarePeriodId);
        var cohort = new List<Guid>();
        var onTime = new List<Guid>();
        foreach (var period in current)
        {
            var placements = period.Placements.Where(p => p.From <= asAt).OrderBy(p => p.From).ToList();
            var anyDue = false;
            var late = false;
            for (var i = 0; i < placements.Count; i++)
            {
                var placement = placements[i];
                // A visit is due while the placement lasts: the next placement restarts the one-week visit.
                var ends = i + 1 < placements.Count ? placements[i + 1].From : asAt.AddDays(1);
                var held = byPeriod[period.Id].Select(v => v.VisitedOn).Where(d => d >= placement.From && d < ends).Order().ToList();
                // Reg 28(2): within one week of the placement, then at intervals of not more than six weeks for the
                // first year; after that not more than three months where the placement is to last until 18
                // (long-term), otherwise still six weeks. The variants of reg 28(3) to (5) (placed with a parent,
                // with a connected person, at home under an order) are not told apart here.
                var (due, wasLate) = Walk(held, placement.From.AddDays(7), ends.AddDays(-1), from,
                    (visit, _) => placement.LongTerm && visit >= placement.From.AddYears(1) ? visit.AddMonths(3) : visit.AddDays(42));
                anyDue |= due;
                late |= wasLate;
            }
            Tally(period.PersonId, anyDue, late, cohort, onTime);
        }
        return Figure.Of(LookedAfterFigures.VisitsOnTime, "Visits on time",
            "Children looked after on the day whose statutory visits due in the year were all made on time: within a week of each placement, then every 6 weeks, every 3 months after the first year of a long-term placement (CPPCR 2010 reg 28).",
            onTime, cohort);
    }

    /// <summary>
    /// Walks the dates held against their due dates up to <paramref name="until"/>: whether any fell due within the year,
    /// and whether any due within the year was missed (held after it, or not at all by <paramref name="until"/>).
    /// </summary>
    private static (bool AnyDue, bool Late) Walk(IReadOnlyList<DateOnly> held, DateOnly firstDue, DateOnly until, DateOnly from,
        Func<DateOnly, int, DateOnly> nextDue)
    {
        var anyDue = false;
        var late = false;
        var due = firstDue;
        var number = 0;
        while (due <= until)
        {
            var inYear = due >= from;
            anyDue |= inYear;
            DateOnly? next = number < held.Count ? held[number] : null;
            if (next is null || next > due)
            {
                late |= inYear;
            }
            if (next is not { } done)
            {
                break;
            }
            number++;
            due = nextDue(done, number);
        }
        return (anyDue, late);
    }

    private static void Tally(Guid personId, bool anyDue, bool late, List<Guid> cohort, List<Guid> onTime)
    {
        if (!anyDue)
        {
            return;
        }
        cohort.Add(personId);
        if (!late)
        {
            onTime.Add(personId);
        }
    }
}
