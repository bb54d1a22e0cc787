using Hearth.Core.LookedAfter.Figures;
using Hearth.Core.Statutory;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.LookedAfter.Figures.FiguresCohort;

namespace Hearth.Core.Tests.LookedAfter.Figures;

/// <summary>Acceptance 4 (issue 6): each figure's numerator, denominator and children on the hand-made cohort.</summary>
public sealed class LookedAfterFiguresTests
{
    private static readonly LookedAfterFiguresReport Report =
        LookedAfterFigures.Compute(Record(), AsAt, Population, HolidayCalendar.EnglandAndWales);

    public static TheoryData<string, int, int, Guid[], Guid[]> Expected => new()
    {
        { LookedAfterFigures.LookedAfter, 5, Population, [Amy, Ben, Cara, Dan, Ella], [Amy, Ben, Cara, Dan, Ella] },
        { LookedAfterFigures.OutOfArea, 1, 5, [Dan], [Amy, Ben, Cara, Dan, Ella] },
        { LookedAfterFigures.Over20Miles, 2, 5, [Cara, Dan], [Amy, Ben, Cara, Dan, Ella] },
        { LookedAfterFigures.ThreeOrMorePlacements, 1, 5, [Ben], [Amy, Ben, Cara, Dan, Ella] },
        { LookedAfterFigures.LongTermStability, 2, 3, [Amy, Ella], [Amy, Dan, Ella] },
        { LookedAfterFigures.ReviewsOnTime, 4, 5, [Amy, Cara, Dan, Ella], [Amy, Ben, Cara, Dan, Ella] },
        { LookedAfterFigures.VisitsOnTime, 4, 5, [Amy, Ben, Cara, Ella], [Amy, Ben, Cara, Dan, Ella] },
        { LookedAfterFigures.HealthAssessments, 3, 5, [Amy, Dan, Ella], [Amy, Ben, Cara, Dan, Ella] },
        { LookedAfterFigures.ReturnInterviews, 2, 3, [Ben, Grace], [Ben, Grace] },
        { LookedAfterFigures.CareLeaversInTouch, 2, 3, [Harry, Isla], [Harry, Isla, Jack] },
        { LookedAfterFigures.CareLeaversInEet, 1, 3, [Harry], [Harry, Isla, Jack] },
        { LookedAfterFigures.CareLeaversSuitablyAccommodated, 1, 3, [Harry], [Harry, Isla, Jack] },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void Each_figure_counts_the_hand_checked_children(string key, int numerator, int denominator, Guid[] counted, Guid[] cohort)
    {
        var figure = Report[key];
        figure.Numerator.ShouldBe(numerator);
        figure.Denominator.ShouldBe(denominator);
        figure.Counted.ShouldBe(counted, ignoreOrder: true);
        figure.Cohort.ShouldBe(cohort, ignoreOrder: true);
    }

    [Fact]
    public void The_year_ends_on_the_day_and_the_figures_read_as_reports_quote_them()
    {
        Report.YearFrom.ShouldBe(new DateOnly(2025, 4, 1));
        Report[LookedAfterFigures.LookedAfter].ValueText.ShouldBe("25.0 per 10,000");
        Report[LookedAfterFigures.ReviewsOnTime].ValueText.ShouldBe("80%");
        Report[LookedAfterFigures.LongTermStability].ValueText.ShouldBe("66.7%");
    }

    [Fact]
    public void Without_a_child_population_the_count_stands_without_a_rate()
    {
        var figure = LookedAfterFigures.Compute(Record(), AsAt, null, HolidayCalendar.EnglandAndWales)[LookedAfterFigures.LookedAfter];
        figure.Numerator.ShouldBe(5);
        figure.Value.ShouldBeNull();
    }

    [Fact]
    public void A_review_held_late_before_the_year_does_not_count_against_it()
    {
        // As at 31 March 2025 Ben's review due 20 March 2025 was met and his later one was not yet due.
        var report = LookedAfterFigures.Compute(Record(), new DateOnly(2025, 3, 31), Population, HolidayCalendar.EnglandAndWales);
        report[LookedAfterFigures.ReviewsOnTime].Counted.ShouldContain(Ben);
    }
}
