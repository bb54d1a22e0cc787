using Hearth.Core.LookedAfter.Figures;

namespace Hearth.Core.Tests.LookedAfter.Figures;

/// <summary>
/// A hand-made cohort for the figures as at 31 March 2026 (the year 1 April 2025 to 31 March 2026), child population
/// 2,000. Each child's comment says which figures they fall in and why; the expectations in
/// <see cref="LookedAfterFiguresTests"/> were checked by hand against these comments.
/// </summary>
internal static class FiguresCohort
{
    public static readonly DateOnly AsAt = new(2026, 3, 31);
    public const int Population = 2000;

    public static readonly Guid Amy = Id(1), Ben = Id(2), Cara = Id(3), Dan = Id(4), Ella = Id(5), Finn = Id(6), Grace = Id(7),
        Harry = Id(8), Isla = Id(9), Jack = Id(10), Kai = Id(11);

    private static Guid Id(int n) => new($"00000000-0000-0000-0000-{n:D12}");
    private static Guid PeriodOf(Guid child) => new($"10000000-0000-0000-0000-{child.ToString()[^12..]}");
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    /// <summary>Dates every <paramref name="days"/> days from <paramref name="first"/> while before <paramref name="before"/>.</summary>
    public static IEnumerable<DateOnly> Every(DateOnly first, int days, DateOnly before)
    {
        for (var d = first; d < before; d = d.AddDays(days))
        {
            yield return d;
        }
    }

    public static FigureRecord Record()
    {
        var children = new List<FigureChild>();
        var periods = new List<FigurePeriod>();
        var reviews = new List<FigureReview>();
        var visits = new List<FigureVisit>();
        var health = new List<FigureHealthAssessment>();
        var returns = new List<FigureReturn>();
        var contacts = new List<FigureContact>();

        void Child(Guid id, DateOnly dob, DateOnly start, DateOnly? end, FigureLegalStatus[] statuses, FigurePlacement[] placements,
            DateOnly[]? reviewDates = null, IEnumerable<DateOnly>? visitDates = null, DateOnly[]? healthDates = null)
        {
            children.Add(new(id, dob));
            periods.Add(new(PeriodOf(id), id, start, end, statuses, placements));
            reviews.AddRange((reviewDates ?? []).Select(d => new FigureReview(id, PeriodOf(id), d)));
            visits.AddRange((visitDates ?? []).Select(d => new FigureVisit(id, PeriodOf(id), d)));
            health.AddRange((healthDates ?? []).Select(d => new FigureHealthAssessment(id, d)));
        }

        // Amy, 10: looked after since January 2022 in one long-term in-area foster placement. Looked after; long-term
        // stability (under 16, in care 4 years, same placement 4 years); reviews on time (in-year dues 1 Apr 2025,
        // 1 Sep 2025 and 1 Feb 2026 all met); visits on time (3-monthly after the placement's first year: dues 1 Apr,
        // 10 Jun, 20 Aug, 30 Oct 2025, 10 Jan, 20 Mar 2026 all met); health up to date (1 Sep 2025). One placement.
        Child(Amy, D(2015, 5, 10), D(2022, 1, 10), null, [new(D(2022, 1, 10), "V2"), new(D(2022, 6, 1), "C2")],
            [new(D(2022, 1, 10), "U4", false, 3m, LongTerm: true)],
            [D(2022, 1, 20), D(2022, 4, 10), D(2022, 9, 1), D(2023, 2, 1), D(2023, 7, 1), D(2023, 12, 1), D(2024, 5, 1), D(2024, 10, 1),
                D(2025, 3, 1), D(2025, 8, 1), D(2026, 1, 1)],
            [D(2025, 1, 1), D(2025, 3, 10), D(2025, 5, 20), D(2025, 7, 30), D(2025, 10, 10), D(2025, 12, 20), D(2026, 3, 1)],
            [D(2025, 9, 1)]);

        // Ben, 14: s20 June 2024, ICO, full care order; four placements held in the year (the first, a children's home out
        // of area 45 miles away, an out-of-area foster placement 18 miles away, back in area). Looked after; three or more
        // placements; not out of area now; not long-term (in care under 2.5 years); reviews late (due 10 Sep 2025, held
        // 30 Sep); visits on time in every placement; health not up to date (last review 15 Feb 2025); two returns from
        // missing, one interview in 47 hours, one in 88 hours.
        Child(Ben, D(2012, 3, 1), D(2024, 6, 3), null, [new(D(2024, 6, 3), "V2"), new(D(2024, 8, 1), "C1"), new(D(2025, 2, 1), "C2")],
            [new(D(2024, 6, 3), "U6", false, 2m), new(D(2025, 5, 10), "K2", true, 45m), new(D(2025, 9, 15), "U4", true, 18m),
                new(D(2026, 1, 20), "U6", false, 4m)],
            [D(2024, 6, 25), D(2024, 9, 20), D(2025, 3, 10), D(2025, 9, 30), D(2026, 3, 20)],
            [D(2025, 3, 1), D(2025, 4, 10), D(2025, 5, 14), D(2025, 6, 20), D(2025, 7, 30), D(2025, 9, 5), D(2025, 9, 19), D(2025, 10, 30),
                D(2025, 12, 10), D(2026, 1, 15), D(2026, 1, 22), D(2026, 3, 2)],
            [D(2025, 2, 15)]);
        returns.Add(new(Ben, new DateTime(2025, 3, 20, 10, 0, 0, DateTimeKind.Utc), null)); // before the year: not counted
        returns.Add(new(Ben, new DateTime(2025, 11, 1, 10, 0, 0, DateTimeKind.Utc), new DateTime(2025, 11, 3, 9, 0, 0, DateTimeKind.Utc)));
        returns.Add(new(Ben, new DateTime(2026, 2, 10, 20, 0, 0, DateTimeKind.Utc), new DateTime(2026, 2, 14, 12, 0, 0, DateTimeKind.Utc)));

        // Cara, 2: looked after since January 2025 with in-area foster carers 22 miles from home. Looked after; more than
        // 20 miles (in area but far); reviews on time (due 30 Apr and 28 Oct 2025 met); visits on time (every 6 weeks);
        // health NOT up to date: under 5, so 6-monthly, and her last review was 15 Jul 2025.
        Child(Cara, D(2023, 6, 15), D(2025, 1, 6), null, [new(D(2025, 1, 6), "V2"), new(D(2025, 3, 3), "C1")],
            [new(D(2025, 1, 6), "U6", false, 22m)],
            [D(2025, 1, 30), D(2025, 4, 28), D(2025, 10, 20)],
            [D(2025, 1, 10), D(2025, 2, 20), D(2025, 3, 31), D(2025, 5, 8), D(2025, 6, 15), D(2025, 7, 25), D(2025, 9, 1), D(2025, 10, 10),
                D(2025, 11, 20), D(2025, 12, 30), D(2026, 2, 5), D(2026, 3, 15)],
            [D(2025, 1, 20), D(2025, 7, 15)]);

        // Dan, 14: looked after since 2020, moved in June 2024 to foster carers out of area 30 miles away. Looked after;
        // out of area; more than 20 miles; long-term cohort but NOT stable (this placement under 2 years); reviews on time
        // (dues 15 Jun and 15 Nov 2025 met); visits LATE (after 28 Apr 2025 none until 30 Aug: due 9 Jun); health up to
        // date (10 Jun 2025).
        Child(Dan, D(2011, 9, 1), D(2020, 2, 1), null, [new(D(2020, 2, 1), "C2")],
            [new(D(2020, 2, 1), "U4", false, 5m), new(D(2024, 6, 10), "U4", true, 30m)],
            [D(2020, 2, 20), D(2020, 5, 15), .. Enumerable.Range(0, 14).Select(i => D(2020, 10, 15).AddMonths(5 * i))],
            [.. Every(D(2024, 6, 12), 40, D(2025, 6, 1)), .. Every(D(2025, 8, 30), 40, AsAt)],
            [D(2025, 6, 10)]);

        // Ella, 6: care order since July 2023, placed for adoption (A4) on 1 Nov 2025 after two years and four months with
        // foster carers. Looked after; long-term stability (placed for adoption, and with the placement before settled
        // over 2 years); two placements; reviews on time; visits on time (every 40 days); health up to date (1 Dec 2025).
        Child(Ella, D(2019, 4, 1), D(2023, 7, 3), null, [new(D(2023, 7, 3), "C2"), new(D(2025, 9, 1), "E1")],
            [new(D(2023, 7, 3), "U4", false, 6m), new(D(2025, 11, 1), "A4", false, 8m)],
            [D(2023, 7, 25), D(2023, 10, 20), D(2024, 3, 20), D(2024, 8, 20), D(2025, 1, 20), D(2025, 6, 20), D(2025, 11, 20)],
            [.. Every(D(2023, 7, 5), 40, D(2025, 11, 1)), .. Every(D(2025, 11, 5), 40, AsAt)],
            [D(2025, 12, 1)]);

        // Finn, 10: an agreed series of short breaks (V3). In no figure: the DfE leaves short breaks out of those looked after.
        Child(Finn, D(2016, 1, 1), D(2025, 6, 1), null, [new(D(2025, 6, 1), "V3")], [new(D(2025, 6, 1), "U6", true, 25m)],
            [D(2025, 6, 20)], [D(2025, 6, 1)], [D(2025, 6, 2)]);

        // Grace, 16: ceased to be looked after on 1 Dec 2025, so in none of the on-the-day figures; her return from missing
        // on 1 Jun 2025 had its interview 71 hours later: counted, and in time.
        Child(Grace, D(2010, 2, 1), D(2024, 1, 15), D(2025, 12, 1), [new(D(2024, 1, 15), "V2")], [new(D(2024, 1, 15), "U6", true, 50m)]);
        returns.Add(new(Grace, new DateTime(2025, 6, 1, 14, 0, 0, DateTimeKind.Utc), new DateTime(2025, 6, 4, 13, 0, 0, DateTimeKind.Utc)));

        // Harry: 19 on 20 Aug 2025, looked after from 14 and a half until 18. Care leaver cohort; in touch, in education
        // (F2) and suitably housed (U1, independent living) at the contact on 1 Aug 2025, within 3 months before the birthday.
        Child(Harry, D(2006, 8, 20), D(2021, 3, 1), D(2024, 8, 20), [new(D(2021, 3, 1), "C2")], [new(D(2021, 3, 1), "U4")]);
        contacts.Add(new(Harry, D(2025, 8, 1), "YES", "F2", "U1"));

        // Isla: 20 on 10 Nov 2025. Care leaver cohort; in touch but NEET (G5) and unsuitably housed (B2) at 20 Nov 2025; the
        // July contact (F1, B1) is outside the window of 10 Aug to 10 Dec and does not count.
        Child(Isla, D(2005, 11, 10), D(2020, 1, 1), D(2023, 11, 10), [new(D(2020, 1, 1), "C2")], [new(D(2020, 1, 1), "U4")]);
        contacts.Add(new(Isla, D(2025, 7, 1), "YES", "F1", "B1"));
        contacts.Add(new(Isla, D(2025, 11, 20), "YES", "G5", "B2"));

        // Jack: 21 on 5 Jan 2026. Care leaver cohort; no contact between 5 Oct 2025 and 5 Feb 2026, so in no numerator.
        Child(Jack, D(2005, 1, 5), D(2019, 6, 1), D(2023, 1, 5), [new(D(2019, 6, 1), "C2")], [new(D(2019, 6, 1), "U4")]);
        contacts.Add(new(Jack, D(2025, 3, 1), "YES", "F4", "U1"));

        // Kai: 20 on 10 Jan 2026 but looked after for only six weeks at 17: not a former relevant child, in no figure.
        Child(Kai, D(2006, 1, 10), D(2023, 10, 1), D(2023, 11, 15), [new(D(2023, 10, 1), "V2")], [new(D(2023, 10, 1), "U6")]);
        contacts.Add(new(Kai, D(2026, 1, 8), "YES", "F1", "U1"));

        return new FigureRecord(children, periods, reviews, visits, health, returns, contacts);
    }
}
