using Hearth.Core.ChildInNeed;
using Hearth.Core.EarlyHelp;
using Shouldly;
using Xunit;

namespace Hearth.Core.Tests.EarlyHelp;

/// <summary>
/// The monitoring figures against a hand-built year of step changes and referrals (reporting year
/// April 2024 to March 2025), worked out by hand in the comments.
/// </summary>
public class StepMonitoringTests
{
    private static readonly DateOnly From = new(2024, 4, 1);
    private static readonly DateOnly To = new(2025, 3, 31);
    private static readonly DateOnly LongAfter = new(2026, 6, 1);

    private readonly Dictionary<string, Guid> children = [];
    private readonly List<StepChange> steps = [];
    private readonly List<CinEpisode> referrals = [];

    public StepMonitoringTests()
    {
        // April 2024. A: down 3rd, accepted in 2 days, referred again exactly 6 months on (3 October: in both windows).
        Step("A", StepDirection.StepDown, 2024, 4, 3, acceptedAfterDays: 2);
        Referral("A", 2024, 1, 1); // before the step-down: not a return
        Referral("A", 2024, 10, 3);
        // B: down 10th, accepted in 10 days, referred 6 months and a day on (11 October: 12-month window only).
        Step("B", StepDirection.StepDown, 2024, 4, 10, acceptedAfterDays: 10);
        Referral("B", 2024, 10, 11);
        // C: down 15th and declined: not followed, so its referral on 1 May counts nowhere.
        Step("C", StepDirection.StepDown, 2024, 4, 15, declinedAfterDays: 1);
        Referral("C", 2024, 5, 1);
        // D: down 30th, still awaiting; referred the same day (not after) and 12 months and a day on (too late).
        Step("D", StepDirection.StepDown, 2024, 4, 30);
        Referral("D", 2024, 4, 30);
        Referral("D", 2025, 5, 1);
        // E: up 12th, accepted the next day.
        Step("E", StepDirection.StepUp, 2024, 4, 12, acceptedAfterDays: 1);

        // August 2024. F: down 31st, accepted in 3 days; 31 August + 6 months is 28 February (no 31st), the day of its referral.
        Step("F", StepDirection.StepDown, 2024, 8, 31, acceptedAfterDays: 3);
        Referral("F", 2025, 2, 28);
        Referral("F", 2025, 3, 10); // a second referral: F still counts once
        // G, H, I: up, accepted in 7, 4 and 8 days. August's days to acceptance: 3, 4, 7, 8, so the median is 5.5.
        Step("G", StepDirection.StepUp, 2024, 8, 15, acceptedAfterDays: 7);
        Step("H", StepDirection.StepUp, 2024, 8, 20, acceptedAfterDays: 4);
        Step("I", StepDirection.StepUp, 2024, 8, 25, acceptedAfterDays: 8);

        // March 2025. L: down on the last day of the year, awaiting; referred exactly 12 months on.
        Step("L", StepDirection.StepDown, 2025, 3, 31);
        Referral("L", 2026, 3, 31);

        // Outside the year: the day before it starts and the day after it ends.
        Step("J", StepDirection.StepDown, 2024, 3, 31, acceptedAfterDays: 1);
        Step("K", StepDirection.StepDown, 2025, 4, 1, acceptedAfterDays: 1);
        Referral("J", 2024, 4, 2);
    }

    private StepMonitoringReport Report(DateOnly today) => StepMonitoring.Compute(steps, referrals, From, To, today);

    [Fact]
    public void Every_month_of_the_reporting_year_is_listed_even_with_nothing_in_it()
    {
        var report = Report(LongAfter);

        report.Months.Select(m => m.Month).ShouldBe(Enumerable.Range(0, 12).Select(i => From.AddMonths(i)));
        var quiet = report.Months.Single(m => m.Month == new DateOnly(2024, 6, 1)).Figures;
        quiet.ShouldBe(new StepFigures(0, 0, 0, 0, 0, null, 0, 0, 0, true, true));
    }

    [Fact]
    public void April_counts_its_steps_their_acceptance_and_the_step_downs_re_referred()
    {
        var april = Report(LongAfter).Months[0].Figures;

        // Accepted A (2 days), B (10), E (1): median 2. Followed A, B, D; re-referred within 6 months A, within 12 A and B.
        april.ShouldBe(new StepFigures(StepDowns: 4, StepUps: 1, Accepted: 3, Declined: 1, AwaitingDecision: 1, MedianDaysToAcceptance: 2,
            StepDownsFollowed: 3, ReReferredWithin6Months: 1, ReReferredWithin12Months: 2, SixMonthsElapsed: true, TwelveMonthsElapsed: true));
    }

    [Fact]
    public void August_takes_the_mean_of_the_middle_two_for_an_even_number_of_acceptances()
    {
        var august = Report(LongAfter).Months.Single(m => m.Month == new DateOnly(2024, 8, 1)).Figures;

        august.ShouldBe(new StepFigures(StepDowns: 1, StepUps: 3, Accepted: 4, Declined: 0, AwaitingDecision: 0, MedianDaysToAcceptance: 5.5,
            StepDownsFollowed: 1, ReReferredWithin6Months: 1, ReReferredWithin12Months: 1, SixMonthsElapsed: true, TwelveMonthsElapsed: true));
    }

    [Fact]
    public void March_includes_the_last_day_of_the_year_and_a_referral_on_the_anniversary()
    {
        var march = Report(LongAfter).Months[^1].Figures;

        march.ShouldBe(new StepFigures(StepDowns: 1, StepUps: 0, Accepted: 0, Declined: 0, AwaitingDecision: 1, MedianDaysToAcceptance: null,
            StepDownsFollowed: 1, ReReferredWithin6Months: 0, ReReferredWithin12Months: 1, SixMonthsElapsed: true, TwelveMonthsElapsed: true));
    }

    [Fact]
    public void The_whole_year_adds_up_the_months_and_leaves_out_steps_either_side_of_it()
    {
        var total = Report(LongAfter).Total;

        // Days to acceptance over the year: 1, 2, 3, 4, 7, 8, 10, so the median is 4.
        total.ShouldBe(new StepFigures(StepDowns: 6, StepUps: 4, Accepted: 7, Declined: 1, AwaitingDecision: 2, MedianDaysToAcceptance: 4,
            StepDownsFollowed: 5, ReReferredWithin6Months: 2, ReReferredWithin12Months: 4, SixMonthsElapsed: true, TwelveMonthsElapsed: true));
    }

    [Fact]
    public void A_month_whose_windows_have_not_all_passed_says_so()
    {
        // 15 November 2024: April's step-downs have had 6 months (to 30 October) but not 12; August's not even 6.
        var report = Report(new DateOnly(2024, 11, 15));

        report.Months[0].Figures.SixMonthsElapsed.ShouldBeTrue();
        report.Months[0].Figures.TwelveMonthsElapsed.ShouldBeFalse();
        report.Months[4].Figures.SixMonthsElapsed.ShouldBeFalse();
        report.Total.SixMonthsElapsed.ShouldBeFalse();
    }

    [Theory]
    [InlineData("2024-04-03", "2024-04-03", 6, false)]
    [InlineData("2024-04-03", "2024-04-04", 6, true)]
    [InlineData("2024-04-03", "2024-10-03", 6, true)]
    [InlineData("2024-04-03", "2024-10-04", 6, false)]
    [InlineData("2024-08-31", "2025-02-28", 6, true)]
    [InlineData("2024-02-29", "2025-02-28", 12, true)]
    [InlineData("2024-02-29", "2025-03-01", 12, false)]
    public void Re_referral_windows_run_from_the_day_after_the_step_down_to_the_same_date_months_on(string steppedDown, string referral, int months, bool within)
    {
        StepMonitoring.ReReferredWithin(DateOnly.Parse(steppedDown), DateOnly.Parse(referral), months).ShouldBe(within);
    }

    private void Step(string child, StepDirection direction, int year, int month, int day, int? acceptedAfterDays = null, int? declinedAfterDays = null)
    {
        var date = new DateOnly(year, month, day);
        var step = StepChange.Record(Child(child), direction, date, "Hand-built", Guid.NewGuid(), "Test", date, DateTime.UtcNow, "Test");
        if (acceptedAfterDays is { } a)
        {
            step.Accept(date.AddDays(a), date.AddDays(a), "Manager", null);
        }
        if (declinedAfterDays is { } d)
        {
            step.Decline(date.AddDays(d), "Not for us", date.AddDays(d), "Manager");
        }
        steps.Add(step);
    }

    private void Referral(string child, int year, int month, int day) =>
        referrals.Add(new CinEpisode { PersonId = Child(child), ReferralDate = new DateOnly(year, month, day) });

    private Guid Child(string name) => children.TryGetValue(name, out var id) ? id : children[name] = Guid.NewGuid();
}
