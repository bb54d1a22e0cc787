using Hearth.Core.People.Identity;
using Shouldly;
using Xunit;

namespace Hearth.Core.Tests.People;

public class DateOfBirthRulesTests
{
    private static readonly DateOnly Today = new(2025, 6, 15);

    [Fact]
    public void Three_numbers_that_make_a_date_are_read_as_that_date()
    {
        var result = DateOfBirthRules.ParseDateParts("27", "3", "2015", "Date of birth");

        result.IsValid.ShouldBeTrue();
        result.Value.ShouldBe(new DateOnly(2015, 3, 27));
        result.Error.ShouldBeNull();
        result.ErrorParts.ShouldBe(DateInputParts.None);
    }

    [Theory]
    [InlineData("jan", 1)]
    [InlineData("January", 1)]
    [InlineData("sept", 9)]
    [InlineData("DEC", 12)]
    [InlineData("09", 9)]
    public void A_month_may_be_typed_as_a_number_or_a_name(string month, int expected)
    {
        DateOfBirthRules.ParseDateParts("1", month, "2020", "Date of birth").Value!.Value.Month.ShouldBe(expected);
    }

    [Fact]
    public void Surrounding_spaces_are_ignored()
    {
        DateOfBirthRules.ParseDateParts(" 7 ", " 11 ", " 2019 ", "Date of birth").Value.ShouldBe(new DateOnly(2019, 11, 7));
    }

    [Fact]
    public void Thirty_first_of_February_is_not_a_real_date()
    {
        var result = DateOfBirthRules.ParseDateParts("31", "02", "2020", "Date of birth");

        result.IsValid.ShouldBeFalse();
        result.Error.ShouldBe("Date of birth must be a real date");
        result.ErrorParts.ShouldBe(DateInputParts.Day);
    }

    [Fact]
    public void Twenty_ninth_of_February_is_real_only_in_a_leap_year()
    {
        DateOfBirthRules.ParseDateParts("29", "2", "2020", "Date of birth").IsValid.ShouldBeTrue();
        DateOfBirthRules.ParseDateParts("29", "2", "2021", "Date of birth").Error.ShouldBe("Date of birth must be a real date");
    }

    [Theory]
    [InlineData("0", "1", "2020", DateInputParts.Day)]
    [InlineData("32", "1", "2020", DateInputParts.Day)]
    [InlineData("1", "13", "2020", DateInputParts.Month)]
    [InlineData("1", "0", "2020", DateInputParts.Month)]
    [InlineData("x", "1", "2020", DateInputParts.Day)]
    [InlineData("1", "ju", "2020", DateInputParts.Month)]
    [InlineData("1", "1", "20x0", DateInputParts.Year)]
    [InlineData("1", "1", "0000", DateInputParts.Year)]
    [InlineData("1.5", "1", "2020", DateInputParts.Day)]
    [InlineData("-1", "1", "2020", DateInputParts.Day)]
    public void Parts_that_do_not_make_a_date_are_not_a_real_date(string day, string month, string year, DateInputParts highlighted)
    {
        var result = DateOfBirthRules.ParseDateParts(day, month, year, "Date of birth");

        result.Error.ShouldBe("Date of birth must be a real date");
        result.ErrorParts.ShouldBe(highlighted);
    }

    [Theory]
    [InlineData("20")]
    [InlineData("202")]
    [InlineData("20201")]
    public void A_year_must_have_four_numbers(string year)
    {
        var result = DateOfBirthRules.ParseDateParts("1", "1", year, "Date of birth");

        result.Error.ShouldBe("Year must include 4 numbers");
        result.ErrorParts.ShouldBe(DateInputParts.Year);
    }

    [Theory]
    [InlineData("", "3", "2015", "Date of birth must include a day", DateInputParts.Day)]
    [InlineData("27", "", "2015", "Date of birth must include a month", DateInputParts.Month)]
    [InlineData("27", "3", " ", "Date of birth must include a year", DateInputParts.Year)]
    [InlineData("", "", "2015", "Date of birth must include a day and month", DateInputParts.Day | DateInputParts.Month)]
    [InlineData("", "3", null, "Date of birth must include a day and year", DateInputParts.Day | DateInputParts.Year)]
    [InlineData("27", null, "", "Date of birth must include a month and year", DateInputParts.Month | DateInputParts.Year)]
    public void A_missing_part_is_named_in_the_message(string? day, string? month, string? year, string message, DateInputParts highlighted)
    {
        var result = DateOfBirthRules.ParseDateParts(day, month, year, "Date of birth");

        result.Error.ShouldBe(message);
        result.ErrorParts.ShouldBe(highlighted);
    }

    [Fact]
    public void Nothing_entered_asks_for_the_date_using_the_label()
    {
        var result = DateOfBirthRules.ParseDateParts(null, "", "  ", "Date of birth");

        result.Error.ShouldBe("Enter date of birth");
        result.ErrorParts.ShouldBe(DateInputParts.All);
    }

    [Fact]
    public void A_label_starting_with_an_acronym_keeps_its_capitals()
    {
        DateOfBirthRules.ParseDateParts("", "", "", "ICPC date").Error.ShouldBe("Enter ICPC date");
    }

    [Fact]
    public void A_date_of_birth_in_the_future_is_rejected()
    {
        DateOfBirthRules.ValidateDateOfBirth(Today.AddDays(1), Today).ShouldBe("Date of birth must be today or in the past");
    }

    [Fact]
    public void A_baby_born_today_has_an_acceptable_date_of_birth()
    {
        DateOfBirthRules.ValidateDateOfBirth(Today, Today).ShouldBeNull();
        DateOfBirthRules.ValidateDateOfBirth(new DateOnly(1975, 5, 1), Today).ShouldBeNull();
    }

    [Fact]
    public void A_date_of_birth_before_1900_is_rejected_but_1_January_1900_is_accepted()
    {
        DateOfBirthRules.ValidateDateOfBirth(new DateOnly(1899, 12, 31), Today)
            .ShouldBe("Date of birth must be the same as or after 1 January 1900");
        DateOfBirthRules.ValidateDateOfBirth(new DateOnly(1900, 1, 1), Today).ShouldBeNull();
    }

    [Fact]
    public void Parsing_a_date_of_birth_rejects_a_real_date_in_the_future_and_highlights_the_whole_date()
    {
        var result = DateOfBirthRules.ParseDateOfBirth("16", "6", "2025", Today);

        result.Error.ShouldBe("Date of birth must be today or in the past");
        result.ErrorParts.ShouldBe(DateInputParts.All);
    }

    [Fact]
    public void Parsing_a_date_of_birth_reports_a_missing_part_before_range_checks()
    {
        DateOfBirthRules.ParseDateOfBirth("16", "", "2030", Today).Error.ShouldBe("Date of birth must include a month");
    }

    [Fact]
    public void Parsing_a_valid_past_date_of_birth_returns_the_date()
    {
        DateOfBirthRules.ParseDateOfBirth("1", "9", "2012", Today).Value.ShouldBe(new DateOnly(2012, 9, 1));
    }

    [Fact]
    public void An_expected_date_of_birth_must_be_in_the_future()
    {
        DateOfBirthRules.ValidateExpectedDateOfBirth(Today, Today).ShouldBe("Expected date of birth must be in the future");
        DateOfBirthRules.ValidateExpectedDateOfBirth(Today.AddDays(-3), Today).ShouldBe("Expected date of birth must be in the future");
        DateOfBirthRules.ValidateExpectedDateOfBirth(Today.AddDays(1), Today).ShouldBeNull();
    }

    [Fact]
    public void An_expected_date_of_birth_more_than_10_months_ahead_is_rejected()
    {
        DateOfBirthRules.ValidateExpectedDateOfBirth(new DateOnly(2026, 4, 15), Today).ShouldBeNull();
        DateOfBirthRules.ValidateExpectedDateOfBirth(new DateOnly(2026, 4, 16), Today)
            .ShouldBe("Expected date of birth must be the same as or before 15 April 2026");
    }

    [Fact]
    public void Parsing_an_expected_date_of_birth_applies_the_unborn_rules()
    {
        DateOfBirthRules.ParseExpectedDateOfBirth("1", "10", "2025", Today).Value.ShouldBe(new DateOnly(2025, 10, 1));
        DateOfBirthRules.ParseExpectedDateOfBirth("1", "10", "2024", Today).Error
            .ShouldBe("Expected date of birth must be in the future");
        DateOfBirthRules.ParseExpectedDateOfBirth("31", "9", "2025", Today).Error
            .ShouldBe("Expected date of birth must be a real date");
    }
}
