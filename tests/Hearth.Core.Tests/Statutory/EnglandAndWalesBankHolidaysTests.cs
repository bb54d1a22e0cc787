using Hearth.Core.Statutory;
using Shouldly;
using Xunit;

namespace Hearth.Core.Tests.Statutory;

public class EnglandAndWalesBankHolidaysTests
{
    // The lists published on gov.uk/bank-holidays for England and Wales.
    [Theory]
    [InlineData(2002, new[] { "2002-01-01", "2002-03-29", "2002-04-01", "2002-05-06", "2002-06-03", "2002-06-04", "2002-08-26", "2002-12-25", "2002-12-26" })]
    [InlineData(2011, new[] { "2011-01-03", "2011-04-22", "2011-04-25", "2011-04-29", "2011-05-02", "2011-05-30", "2011-08-29", "2011-12-26", "2011-12-27" })]
    [InlineData(2012, new[] { "2012-01-02", "2012-04-06", "2012-04-09", "2012-05-07", "2012-06-04", "2012-06-05", "2012-08-27", "2012-12-25", "2012-12-26" })]
    [InlineData(2019, new[] { "2019-01-01", "2019-04-19", "2019-04-22", "2019-05-06", "2019-05-27", "2019-08-26", "2019-12-25", "2019-12-26" })]
    [InlineData(2020, new[] { "2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25", "2020-08-31", "2020-12-25", "2020-12-28" })]
    [InlineData(2021, new[] { "2021-01-01", "2021-04-02", "2021-04-05", "2021-05-03", "2021-05-31", "2021-08-30", "2021-12-27", "2021-12-28" })]
    [InlineData(2022, new[] { "2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27" })]
    [InlineData(2023, new[] { "2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29", "2023-08-28", "2023-12-25", "2023-12-26" })]
    [InlineData(2024, new[] { "2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26", "2024-12-25", "2024-12-26" })]
    [InlineData(2025, new[] { "2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26" })]
    [InlineData(2026, new[] { "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28" })]
    [InlineData(2027, new[] { "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28" })]
    public void Every_bank_holiday_in_the_year_matches_the_published_gov_uk_list(int year, string[] published)
    {
        EnglandAndWalesBankHolidays.HolidaysIn(year)
            .Select(h => h.Date)
            .ShouldBe(published.Select(DateOnly.Parse));
    }

    [Fact]
    public void The_2022_one_off_days_move_the_spring_holiday_and_add_the_jubilee_and_the_state_funeral()
    {
        EnglandAndWalesBankHolidays.IsBankHoliday(new DateOnly(2022, 5, 30)).ShouldBeFalse();
        EnglandAndWalesBankHolidays.Find(new DateOnly(2022, 6, 2))!.Name.ShouldBe("Spring bank holiday");
        EnglandAndWalesBankHolidays.Find(new DateOnly(2022, 6, 3))!.Name.ShouldBe("Platinum Jubilee bank holiday");
        EnglandAndWalesBankHolidays.Find(new DateOnly(2022, 9, 19))!.Name.ShouldContain("State Funeral");
    }

    [Fact]
    public void The_2023_coronation_is_an_extra_day_beside_the_early_may_holiday()
    {
        EnglandAndWalesBankHolidays.IsBankHoliday(new DateOnly(2023, 5, 1)).ShouldBeTrue();
        EnglandAndWalesBankHolidays.Find(new DateOnly(2023, 5, 8))!.Name.ShouldContain("coronation");
    }

    [Fact]
    public void VE_day_2020_replaces_the_first_Monday_in_May()
    {
        EnglandAndWalesBankHolidays.IsBankHoliday(new DateOnly(2020, 5, 4)).ShouldBeFalse();
        EnglandAndWalesBankHolidays.IsBankHoliday(new DateOnly(2020, 5, 8)).ShouldBeTrue();
    }

    [Fact]
    public void Christmas_on_a_Saturday_gives_Monday_27_and_Tuesday_28_as_substitute_days()
    {
        var christmas = EnglandAndWalesBankHolidays.HolidaysIn(2021).Where(h => h.Date.Month == 12).ToList();

        christmas.ShouldBe(
        [
            new BankHoliday(new DateOnly(2021, 12, 27), "Christmas Day", IsSubstituteDay: true),
            new BankHoliday(new DateOnly(2021, 12, 28), "Boxing Day", IsSubstituteDay: true),
        ]);
    }

    [Fact]
    public void Christmas_on_a_Sunday_gives_Boxing_Day_on_the_26th_and_a_Christmas_substitute_on_the_27th()
    {
        var christmas = EnglandAndWalesBankHolidays.HolidaysIn(2022).Where(h => h.Date.Month == 12).ToList();

        christmas.ShouldBe(
        [
            new BankHoliday(new DateOnly(2022, 12, 26), "Boxing Day"),
            new BankHoliday(new DateOnly(2022, 12, 27), "Christmas Day", IsSubstituteDay: true),
        ]);
    }

    [Fact]
    public void Boxing_Day_on_a_Saturday_moves_to_Monday_28()
    {
        EnglandAndWalesBankHolidays.Find(new DateOnly(2026, 12, 28))
            .ShouldBe(new BankHoliday(new DateOnly(2026, 12, 28), "Boxing Day", IsSubstituteDay: true));
    }

    [Fact]
    public void New_Year_on_a_Saturday_moves_to_Monday_3_January_and_on_a_Sunday_to_Monday_2_January()
    {
        EnglandAndWalesBankHolidays.Find(new DateOnly(2022, 1, 3))!.IsSubstituteDay.ShouldBeTrue();
        EnglandAndWalesBankHolidays.Find(new DateOnly(2023, 1, 2))!.Name.ShouldBe("New Year's Day");
    }

    [Theory]
    [InlineData(2000, 4, 23)]
    [InlineData(2008, 3, 23)]
    [InlineData(2011, 4, 24)]
    [InlineData(2019, 4, 21)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2038, 4, 25)]
    [InlineData(2285, 3, 22)]
    public void Easter_Sunday_follows_the_Gregorian_computus(int year, int month, int day)
    {
        EnglandAndWalesBankHolidays.EasterSunday(year).ShouldBe(new DateOnly(year, month, day));
    }

    [Fact]
    public void Every_one_off_day_is_a_holiday_and_the_day_it_replaces_is_not()
    {
        foreach (var oneOff in EnglandAndWalesBankHolidays.OneOffDays)
        {
            EnglandAndWalesBankHolidays.IsBankHoliday(oneOff.Date).ShouldBeTrue(oneOff.Name);
            if (oneOff.Replaces is { } replaced)
            {
                EnglandAndWalesBankHolidays.IsBankHoliday(replaced).ShouldBeFalse(oneOff.Name);
            }
        }
    }

    [Fact]
    public void Every_year_from_2000_to_2040_has_eight_holidays_in_date_order_apart_from_the_one_off_years()
    {
        int[] extraDayYears = [2002, 2011, 2012, 2022, 2023];
        for (var year = 2000; year <= 2040; year++)
        {
            var days = EnglandAndWalesBankHolidays.HolidaysIn(year);
            days.Count.ShouldBe(year == 2022 ? 10 : extraDayYears.Contains(year) ? 9 : 8, $"{year}");
            days.Select(d => d.Date).ShouldBeInOrder(SortDirection.Ascending);
            days.ShouldAllBe(d => d.Date.Year == year && d.Date.DayOfWeek != DayOfWeek.Saturday && d.Date.DayOfWeek != DayOfWeek.Sunday);
        }
    }

    [Fact]
    public void Years_after_the_last_known_one_off_day_still_follow_the_standing_rules()
    {
        EnglandAndWalesBankHolidays.HolidaysIn(2045).Select(h => h.Date).ShouldContain(new DateOnly(2045, 8, 28));
    }

    [Fact]
    public void Years_before_the_Early_May_holiday_existed_are_refused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => EnglandAndWalesBankHolidays.HolidaysIn(1977));
    }
}
