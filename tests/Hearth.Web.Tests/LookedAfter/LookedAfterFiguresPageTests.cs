using System.Net;
using Hearth.Core.LookedAfter.Figures;
using Hearth.Core.Statutory;
using Hearth.Core.Workforce;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;
using static Hearth.Web.Tests.LookedAfter.FiguresCohortWriter;

namespace Hearth.Web.Tests.LookedAfter;

/// <summary>
/// Issue 6 acceptance 4: the figures from a hand-made cohort written to the database, loaded by the query, and shown on
/// the figures page with each figure's children; a child on a restricted record counted but not named. The same cohort
/// as the Core test (tests/Hearth.Core.Tests/LookedAfter/Figures/FiguresCohort.cs), where each child's figures are
/// reasoned out day by day; the comments here say briefly why.
/// </summary>
public sealed class LookedAfterFiguresPageTests(HearthWebApp app)
{
    private static readonly DateOnly AsAt = new(2026, 3, 31);

    private async Task<FiguresCohortWriter> CohortAsync()
    {
        var w = new FiguresCohortWriter(app, TestData.UniqueFamilyName("Lac"));
        // Amy, 10: one long-term placement since 2022. Looked after; long-term stability; reviews, visits (3-monthly) and health on time.
        await w.ChildAsync("Amy", D(2015, 5, 10), D(2022, 1, 10), null, [(D(2022, 1, 10), "V2"), (D(2022, 6, 1), "C2")],
            [(D(2022, 1, 10), "U4", false, 3m, true)],
            [D(2022, 1, 20), D(2022, 4, 10), D(2022, 9, 1), D(2023, 2, 1), D(2023, 7, 1), D(2023, 12, 1), D(2024, 5, 1), D(2024, 10, 1),
                D(2025, 3, 1), D(2025, 8, 1), D(2026, 1, 1)],
            [D(2025, 1, 1), D(2025, 3, 10), D(2025, 5, 20), D(2025, 7, 30), D(2025, 10, 10), D(2025, 12, 20), D(2026, 3, 1)],
            [D(2025, 9, 1)]);
        // Ben, 14: four placements in the year (3+); review due 10 Sep 2025 held 30 Sep (late); visits on time; health out of
        // date; two returns in the year, one interview within 72 hours (47h), one not (88h); one return before the year.
        await w.ChildAsync("Ben", D(2012, 3, 1), D(2024, 6, 3), null, [(D(2024, 6, 3), "V2"), (D(2024, 8, 1), "C1"), (D(2025, 2, 1), "C2")],
            [(D(2024, 6, 3), "U6", false, 2m, false), (D(2025, 5, 10), "K2", true, 45m, false), (D(2025, 9, 15), "U4", true, 18m, false),
                (D(2026, 1, 20), "U6", false, 4m, false)],
            [D(2024, 6, 25), D(2024, 9, 20), D(2025, 3, 10), D(2025, 9, 30), D(2026, 3, 20)],
            [D(2025, 3, 1), D(2025, 4, 10), D(2025, 5, 14), D(2025, 6, 20), D(2025, 7, 30), D(2025, 9, 5), D(2025, 9, 19), D(2025, 10, 30),
                D(2025, 12, 10), D(2026, 1, 15), D(2026, 1, 22), D(2026, 3, 2)],
            [D(2025, 2, 15)],
            [(new DateTime(2025, 3, 20, 10, 0, 0, DateTimeKind.Utc), null),
                (new DateTime(2025, 11, 1, 10, 0, 0, DateTimeKind.Utc), new DateTime(2025, 11, 3, 9, 0, 0, DateTimeKind.Utc)),
                (new DateTime(2026, 2, 10, 20, 0, 0, DateTimeKind.Utc), new DateTime(2026, 2, 14, 12, 0, 0, DateTimeKind.Utc))]);
        // Cara, 2: in area but 22 miles from home (over 20 miles); reviews and visits on time; under 5 and last health review
        // July 2025, so not up to date.
        await w.ChildAsync("Cara", D(2023, 6, 15), D(2025, 1, 6), null, [(D(2025, 1, 6), "V2"), (D(2025, 3, 3), "C1")],
            [(D(2025, 1, 6), "U6", false, 22m, false)],
            [D(2025, 1, 30), D(2025, 4, 28), D(2025, 10, 20)],
            [D(2025, 1, 10), D(2025, 2, 20), D(2025, 3, 31), D(2025, 5, 8), D(2025, 6, 15), D(2025, 7, 25), D(2025, 9, 1), D(2025, 10, 10),
                D(2025, 11, 20), D(2025, 12, 30), D(2026, 2, 5), D(2026, 3, 15)],
            [D(2025, 1, 20), D(2025, 7, 15)]);
        // Dan, 14: out of area 30 miles since June 2024 (out of area; over 20 miles; in the long-term cohort but under 2 years
        // in this placement); reviews on time; no visit between 28 Apr and 30 Aug 2025 (visits late); health up to date.
        await w.ChildAsync("Dan", D(2011, 9, 1), D(2020, 2, 1), null, [(D(2020, 2, 1), "C2")],
            [(D(2020, 2, 1), "U4", false, 5m, false), (D(2024, 6, 10), "U4", true, 30m, false)],
            [D(2020, 2, 20), D(2020, 5, 15), .. Enumerable.Range(0, 14).Select(i => D(2020, 10, 15).AddMonths(5 * i))],
            [.. Every(D(2024, 6, 12), 40, D(2025, 6, 1)), .. Every(D(2025, 8, 30), 40, AsAt)],
            [D(2025, 6, 10)]);
        // Ella, 6: placed for adoption 1 Nov 2025 after 2 years 4 months with foster carers (long-term stability); all on time.
        await w.ChildAsync("Ella", D(2019, 4, 1), D(2023, 7, 3), null, [(D(2023, 7, 3), "C2"), (D(2025, 9, 1), "E1")],
            [(D(2023, 7, 3), "U4", false, 6m, false), (D(2025, 11, 1), "A4", false, 8m, false)],
            [D(2023, 7, 25), D(2023, 10, 20), D(2024, 3, 20), D(2024, 8, 20), D(2025, 1, 20), D(2025, 6, 20), D(2025, 11, 20)],
            [.. Every(D(2023, 7, 5), 40, D(2025, 11, 1)), .. Every(D(2025, 11, 5), 40, AsAt)],
            [D(2025, 12, 1)]);
        // Finn: short breaks (V3): in no figure.
        await w.ChildAsync("Finn", D(2016, 1, 1), D(2025, 6, 1), null, [(D(2025, 6, 1), "V3")], [(D(2025, 6, 1), "U6", true, 25m, false)],
            [D(2025, 6, 20)], [D(2025, 6, 1)], [D(2025, 6, 2)]);
        // Grace: ceased 1 Dec 2025 (in no on-the-day figure); her return on 1 Jun 2025 had its interview within 71 hours.
        await w.ChildAsync("Grace", D(2010, 2, 1), D(2024, 1, 15), D(2025, 12, 1), [(D(2024, 1, 15), "V2")], [(D(2024, 1, 15), "U6", true, 50m, false)],
            returns: [(new DateTime(2025, 6, 1, 14, 0, 0, DateTimeKind.Utc), new DateTime(2025, 6, 4, 13, 0, 0, DateTimeKind.Utc))]);
        // Harry: 19 on 20 Aug 2025; in touch, in education (F2), suitably housed (U1, independent living) at 1 Aug 2025.
        await w.ChildAsync("Harry", D(2006, 8, 20), D(2021, 3, 1), D(2024, 8, 20), [(D(2021, 3, 1), "C2")], [(D(2021, 3, 1), "U4", null, null, false)],
            contacts: [(D(2025, 8, 1), "YES", "F2", "U1")]);
        // Isla: 20 on 10 Nov 2025; in touch but NEET (G5), unsuitably housed (B2) on 20 Nov; her July contact is outside the window.
        await w.ChildAsync("Isla", D(2005, 11, 10), D(2020, 1, 1), D(2023, 11, 10), [(D(2020, 1, 1), "C2")], [(D(2020, 1, 1), "U4", null, null, false)],
            contacts: [(D(2025, 7, 1), "YES", "F1", "B1"), (D(2025, 11, 20), "YES", "G5", "B2")]);
        // Jack: 21 on 5 Jan 2026; no contact around the birthday: in the cohort only.
        await w.ChildAsync("Jack", D(2005, 1, 5), D(2019, 6, 1), D(2023, 1, 5), [(D(2019, 6, 1), "C2")], [(D(2019, 6, 1), "U4", null, null, false)],
            contacts: [(D(2025, 3, 1), "YES", "F4", "U1")]);
        // Kai: 20 on 10 Jan 2026, looked after only six weeks at 17: not a former relevant child, in no figure.
        await w.ChildAsync("Kai", D(2006, 1, 10), D(2023, 10, 1), D(2023, 11, 15), [(D(2023, 10, 1), "V2")], [(D(2023, 10, 1), "U6", null, null, false)],
            contacts: [(D(2026, 1, 8), "YES", "F1", "U1")]);
        return w;
    }

    private static readonly (string Key, int Numerator, string[] Counted, string[] Cohort)[] Expected =
    [
        (LookedAfterFigures.LookedAfter, 5, ["Amy", "Ben", "Cara", "Dan", "Ella"], ["Amy", "Ben", "Cara", "Dan", "Ella"]),
        (LookedAfterFigures.OutOfArea, 1, ["Dan"], ["Amy", "Ben", "Cara", "Dan", "Ella"]),
        (LookedAfterFigures.Over20Miles, 2, ["Cara", "Dan"], ["Amy", "Ben", "Cara", "Dan", "Ella"]),
        (LookedAfterFigures.ThreeOrMorePlacements, 1, ["Ben"], ["Amy", "Ben", "Cara", "Dan", "Ella"]),
        (LookedAfterFigures.LongTermStability, 2, ["Amy", "Ella"], ["Amy", "Dan", "Ella"]),
        (LookedAfterFigures.ReviewsOnTime, 4, ["Amy", "Cara", "Dan", "Ella"], ["Amy", "Ben", "Cara", "Dan", "Ella"]),
        (LookedAfterFigures.VisitsOnTime, 4, ["Amy", "Ben", "Cara", "Ella"], ["Amy", "Ben", "Cara", "Dan", "Ella"]),
        (LookedAfterFigures.HealthAssessments, 3, ["Amy", "Dan", "Ella"], ["Amy", "Ben", "Cara", "Dan", "Ella"]),
        (LookedAfterFigures.ReturnInterviews, 2, ["Ben", "Grace"], ["Ben", "Grace"]),
        (LookedAfterFigures.CareLeaversInTouch, 2, ["Harry", "Isla"], ["Harry", "Isla", "Jack"]),
        (LookedAfterFigures.CareLeaversInEet, 1, ["Harry"], ["Harry", "Isla", "Jack"]),
        (LookedAfterFigures.CareLeaversSuitablyAccommodated, 1, ["Harry"], ["Harry", "Isla", "Jack"]),
    ];

    [Fact]
    public async Task The_query_loads_the_cohort_from_the_database_and_each_figure_counts_the_hand_checked_children()
    {
        var cohort = await CohortAsync();
        var record = await app.InScopeAsync(sp => sp.GetRequiredService<LookedAfterFiguresQuery>().LoadAsync(AsAt));
        // Other tests share the database: the figures are taken over this test's children only.
        var mine = cohort.Children.Values.ToHashSet();
        var own = new FigureRecord([.. record.Children.Where(c => mine.Contains(c.PersonId))], [.. record.Periods.Where(p => mine.Contains(p.PersonId))],
            [.. record.Reviews.Where(r => mine.Contains(r.PersonId))], [.. record.Visits.Where(v => mine.Contains(v.PersonId))],
            [.. record.HealthAssessments.Where(h => mine.Contains(h.PersonId))], [.. record.Returns.Where(r => mine.Contains(r.PersonId))],
            [.. record.Contacts.Where(c => mine.Contains(c.PersonId))]);
        var report = LookedAfterFigures.Compute(own, AsAt, 2000, HolidayCalendar.EnglandAndWales);

        var names = cohort.Children.ToDictionary(c => c.Value, c => c.Key);
        foreach (var (key, numerator, counted, inCohort) in Expected)
        {
            var figure = report[key];
            figure.Numerator.ShouldBe(numerator, key);
            figure.Counted.Select(id => names[id]).ShouldBe(counted, ignoreOrder: true, key);
            figure.Cohort.Select(id => names[id]).ShouldBe(inCohort, ignoreOrder: true, key);
            if (key == LookedAfterFigures.ReturnInterviews)
            {
                figure.Denominator.ShouldBe(3);
            }
            else if (key != LookedAfterFigures.LookedAfter)
            {
                figure.Denominator.ShouldBe(inCohort.Length, key);
            }
        }
    }

    [Fact]
    public async Task The_page_shows_each_figure_and_lists_its_children_naming_only_those_the_user_may_see()
    {
        var cohort = await CohortAsync();
        var manager = await app.CreateUserAsync(Role.TeamManager);
        await app.RestrictAsync(cohort.Children["Dan"], manager);
        var analyst = await app.SignInAsync(await app.CreateUserAsync(Role.PerformanceAnalyst));

        var html = await analyst.GetHtmlAsync(Links.LookedAfterFiguresAsAt(AsAt));
        html.ShouldContain("As at 31 March 2026, for the year from 1 April 2025");
        foreach (var key in Expected.Select(row => row.Key))
        {
            html.ShouldContain($"data-testid=\"figure-{key}\"");
            html.ShouldContain(Links.LookedAfterFigureChildren(key, AsAt).Replace("&", "&amp;"));
        }

        var visits = await analyst.GetHtmlAsync(Links.LookedAfterFigureChildren(LookedAfterFigures.VisitsOnTime, AsAt));
        var counted = visits[visits.IndexOf("data-testid=\"counted\"")..visits.IndexOf("In the cohort, not counted")];
        counted.ShouldContain(Links.LookedAfter(cohort.Children["Amy"]));
        counted.ShouldContain(Links.LookedAfter(cohort.Children["Ben"]));
        counted.ShouldNotContain(Links.LookedAfter(cohort.Children["Finn"]));
        // Dan, late with his visits, is restricted to his manager: counted among those not on time, never named.
        visits.ShouldNotContain(Links.LookedAfter(cohort.Children["Dan"]));
        visits.ShouldContain("data-testid=\"not-counted-restricted\"");

        // The manager named on Dan's record sees him listed.
        var named = await (await app.SignInAsync(manager)).GetHtmlAsync(Links.LookedAfterFigureChildren(LookedAfterFigures.VisitsOnTime, AsAt));
        named.ShouldContain(Links.LookedAfter(cohort.Children["Dan"]));
    }

    [Fact]
    public async Task A_social_worker_is_refused_and_a_date_edited_by_hand_shows_today()
    {
        var worker = await app.SignInAsync(await app.CreateUserAsync(Role.SocialWorker));
        var response = await worker.GetAsync(Links.LookedAfterFigures);
        (response.StatusCode == HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/forbidden"))).ShouldBeTrue();

        var analyst = await app.SignInAsync(await app.CreateUserAsync(Role.PerformanceAnalyst));
        var html = await analyst.GetHtmlAsync(Links.LookedAfterFigures + "?date=not-a-date&figure=nonsense");
        html.ShouldContain("data-testid=\"figures\"");
        html.ShouldNotContain("id=\"children\"");
    }
}
