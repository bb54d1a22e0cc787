using Hearth.Core.CareLeavers;
using Hearth.Core.LookedAfter;
using Shouldly;
using Xunit;

namespace Hearth.Core.Tests.CareLeavers;

/// <summary>
/// Care leaver status by hand (timescales.md section 8): eligible (CA89 Sch 2 para 19B; CPPCR 2010 reg 40),
/// relevant (s23A), former relevant (s23C) and qualifying (s24), with the boundaries at 13 weeks, the 14th
/// birthday and the 18th birthday. Born 10 March 2010: 14 on 10 March 2024, 16 on 10 March 2026, 18 on 10 March 2028.
/// </summary>
public sealed class CareLeaverStatusTests
{
    private static readonly DateOnly Born = new(2010, 3, 10);
    private static readonly DateOnly Fourteenth = new(2024, 3, 10);
    private static readonly DateOnly Sixteenth = new(2026, 3, 10);
    private static readonly DateOnly Eighteenth = new(2028, 3, 10);
    private static readonly DateOnly TwentyFirst = new(2031, 3, 10);

    private static CarePeriod Period(DateOnly start, DateOnly? end, params (DateOnly From, string Code)[] statuses)
    {
        var period = new CarePeriod { StartDate = start, EndDate = end, CategoryOfNeed = "N1" };
        period.LegalStatuses.AddRange(statuses.Length == 0
            ? [new LegalStatusRecord { CarePeriodId = period.Id, From = start, Code = "V2" }]
            : statuses.Select(s => new LegalStatusRecord { CarePeriodId = period.Id, From = s.From, Code = s.Code }));
        return period;
    }

    private static CareLeaverCategory On(DateOnly date, params CarePeriod[] periods) => CareLeaverStatus.Of(Born, periods, date).Category;

    [Fact]
    public void Looked_after_since_15_and_still_at_16_is_eligible_from_the_16th_birthday()
    {
        var status = CareLeaverStatus.Of(Born, [Period(new DateOnly(2025, 1, 6), null, (new DateOnly(2025, 1, 6), "C2"))], new DateOnly(2026, 4, 1));

        status.Category.ShouldBe(CareLeaverCategory.Eligible);
        status.EligibleFrom.ShouldBe(Sixteenth);
        status.Reason.ShouldContain("Sch 2 para 19B");
        On(Sixteenth.AddDays(-1), Period(new DateOnly(2025, 1, 6), null)).ShouldBe(CareLeaverCategory.None, "15, not yet a care leaver");
    }

    [Fact]
    public void Thirteen_weeks_exactly_makes_eligible_and_a_day_less_does_not()
    {
        // Looked after from the 16th birthday: day 1 is the birthday, so the 91st day (13 weeks) is 90 days on.
        var fromSixteen = Period(Sixteenth, null);
        On(Sixteenth.AddDays(89), fromSixteen).ShouldBe(CareLeaverCategory.None, "90 days, one short of 13 weeks, still looked after");
        On(Sixteenth.AddDays(90), fromSixteen).ShouldBe(CareLeaverCategory.Eligible);
        CareLeaverStatus.Of(Born, [fromSixteen], Sixteenth.AddDays(90)).EligibleFrom.ShouldBe(Sixteenth.AddDays(90));

        // A period that ends (DEC) 91 days after it began is 13 weeks; one that ends after 90 days is not.
        On(Sixteenth.AddDays(120), Period(Sixteenth, Sixteenth.AddDays(91))).ShouldBe(CareLeaverCategory.Relevant);
        On(Sixteenth.AddDays(120), Period(Sixteenth, Sixteenth.AddDays(90))).ShouldBe(CareLeaverCategory.Qualifying);
    }

    [Fact]
    public void Only_days_from_the_14th_birthday_count()
    {
        // 90 days from the 14th birthday (the day before does not count), plus the 16th birthday itself: 91.
        On(Sixteenth, Period(Fourteenth.AddDays(-1), Fourteenth.AddDays(90)), Period(Sixteenth, null)).ShouldBe(CareLeaverCategory.Eligible);
        // The same but starting two days before the 14th birthday and ending a day earlier: 89 + 1 = 90.
        On(Sixteenth, Period(Fourteenth.AddDays(-2), Fourteenth.AddDays(89)), Period(Sixteenth, null)).ShouldBe(CareLeaverCategory.None);
        // Years in care before 14 and none after count for nothing.
        On(Sixteenth.AddDays(10), Period(new DateOnly(2015, 1, 1), Fourteenth)).ShouldBe(CareLeaverCategory.None);
    }

    [Fact]
    public void Periods_add_up_but_13_weeks_before_16_with_none_after_is_not_a_care_leaver()
    {
        var at15 = Period(new DateOnly(2025, 1, 6), new DateOnly(2025, 9, 1));
        On(Sixteenth.AddDays(30), at15).ShouldBe(CareLeaverCategory.None, "the 13 weeks must end after 16");
        // Back in care for a week at 16: 13 weeks in all since 14, ending after 16.
        On(Sixteenth.AddDays(30), at15, Period(Sixteenth.AddDays(7), Sixteenth.AddDays(14))).ShouldBe(CareLeaverCategory.Relevant);
    }

    [Fact]
    public void Short_breaks_under_V3_or_V4_do_not_count()
    {
        var shortBreaks = Period(new DateOnly(2025, 1, 6), null, (new DateOnly(2025, 1, 6), "V3"));
        On(new DateOnly(2026, 6, 1), shortBreaks).ShouldBe(CareLeaverCategory.None);
        On(new DateOnly(2026, 6, 1), Period(new DateOnly(2025, 1, 6), null, (new DateOnly(2025, 1, 6), "V4"))).ShouldBe(CareLeaverCategory.None);

        // Short breaks, then a full care order from the 16th birthday: only the days under C2 count.
        var thenCare = Period(new DateOnly(2025, 1, 6), null, (new DateOnly(2025, 1, 6), "V4"), (Sixteenth, "C2"));
        On(Sixteenth.AddDays(89), thenCare).ShouldBe(CareLeaverCategory.None);
        On(Sixteenth.AddDays(90), thenCare).ShouldBe(CareLeaverCategory.Eligible);
    }

    [Fact]
    public void Eligible_then_leaving_care_at_17_is_relevant_until_18_then_former_relevant_until_21()
    {
        var care = Period(new DateOnly(2025, 1, 6), new DateOnly(2027, 6, 1));

        On(new DateOnly(2027, 5, 31), care).ShouldBe(CareLeaverCategory.Eligible);
        On(new DateOnly(2027, 6, 1), care).ShouldBe(CareLeaverCategory.Relevant, "the day the period ends is the first day not looked after");
        On(Eighteenth.AddDays(-1), care).ShouldBe(CareLeaverCategory.Relevant);
        On(Eighteenth, care).ShouldBe(CareLeaverCategory.FormerRelevant);
        On(TwentyFirst.AddDays(-1), care).ShouldBe(CareLeaverCategory.FormerRelevant);
        On(TwentyFirst, care).ShouldBe(CareLeaverCategory.None);
        CareLeaverStatus.Of(Born, [care], TwentyFirst, extendedTo25: true).Category.ShouldBe(CareLeaverCategory.FormerRelevant);
        CareLeaverStatus.Of(Born, [care], new DateOnly(2035, 3, 10), extendedTo25: true).Category.ShouldBe(CareLeaverCategory.None);
    }

    [Fact]
    public void Eligible_until_the_18th_birthday_is_former_relevant_from_it()
    {
        var toEighteen = Period(new DateOnly(2025, 1, 6), Eighteenth);

        On(Eighteenth.AddDays(-1), toEighteen).ShouldBe(CareLeaverCategory.Eligible);
        On(Eighteenth, toEighteen).ShouldBe(CareLeaverCategory.FormerRelevant);
    }

    [Fact]
    public void Looked_after_after_16_but_for_less_than_13_weeks_is_qualifying_until_21()
    {
        var fourWeeksAt17 = Period(new DateOnly(2027, 4, 1), new DateOnly(2027, 4, 29));

        On(new DateOnly(2027, 4, 15), fourWeeksAt17).ShouldBe(CareLeaverCategory.None, "still looked after: not yet a care leaver");
        var status = CareLeaverStatus.Of(Born, [fourWeeksAt17], new DateOnly(2027, 5, 1));
        status.Category.ShouldBe(CareLeaverCategory.Qualifying);
        status.Reason.ShouldContain("s24");
        On(new DateOnly(2030, 1, 1), fourWeeksAt17).ShouldBe(CareLeaverCategory.Qualifying);
        On(TwentyFirst, fourWeeksAt17).ShouldBe(CareLeaverCategory.None);
    }

    [Fact]
    public void Never_looked_after_is_no_care_leaver()
    {
        CareLeaverStatus.Of(Born, [], new DateOnly(2027, 1, 1)).Category.ShouldBe(CareLeaverCategory.None);
    }
}
