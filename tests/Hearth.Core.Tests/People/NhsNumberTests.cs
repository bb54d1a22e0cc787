using Hearth.Core.People.Identity;
using Shouldly;
using Xunit;

namespace Hearth.Core.Tests.People;

public class NhsNumberTests
{
    [Theory]
    [InlineData("943 476 5919", "9434765919")]
    [InlineData("9434765919", "9434765919")]
    [InlineData("943-476-5919", "9434765919")]
    [InlineData("  943 476 5919  ", "9434765919")]
    [InlineData("401 023 2137", "4010232137")]
    [InlineData("999 999 9999", "9999999999")]
    [InlineData("600 000 0006", "6000000006")]
    [InlineData("999 000 0018", "9990000018")]
    [InlineData("999 000 0050", "9990000050")] // remainder 0: 11 - 0 = 11, so the check digit is 0
    public void A_number_with_a_correct_check_digit_is_accepted_and_stored_as_ten_digits(string input, string digits)
    {
        NhsNumber.TryParse(input, out var number, out var error).ShouldBeTrue();
        error.ShouldBeNull();
        number.Digits.ShouldBe(digits);
    }

    [Theory]
    [InlineData("943 476 5918")]
    [InlineData("401 023 2138")]
    [InlineData("485 777 3456")] // the NHS service manual's format hint: its check digit would be 7
    [InlineData("999 000 0000")] // 999 000 000 gives remainder 10, so no check digit can be right
    [InlineData("999 000 0009")]
    public void A_number_with_a_wrong_check_digit_is_rejected_with_the_valid_number_message(string input)
    {
        NhsNumber.TryParse(input, out _, out var error).ShouldBeFalse();
        error.ShouldBe("Enter a valid NHS number. Check you have copied it correctly");
    }

    [Theory]
    [InlineData("943 476 591")]
    [InlineData("943 476 59190")]
    [InlineData("94347659A9")]
    [InlineData("9434 76 5919")]
    [InlineData("943  476 5919")]
    [InlineData("943.476.5919")]
    [InlineData("+943 476 5919")]
    public void Anything_but_ten_digits_in_three_three_four_groups_is_rejected_with_the_format_message(string input)
    {
        NhsNumber.TryParse(input, out _, out var error).ShouldBeFalse();
        error.ShouldBe("Enter an NHS number in the correct format, like 485 777 3456");
    }

    [Fact]
    public void A_space_in_one_gap_and_a_hyphen_in_the_other_is_still_accepted()
    {
        NhsNumber.TryParse("943 476-5919", out var number, out _).ShouldBeTrue();
        number.Digits.ShouldBe("9434765919");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_answer_asks_for_an_NHS_number(string? input)
    {
        NhsNumber.TryParse(input, out _, out var error).ShouldBeFalse();
        error.ShouldBe("Enter an NHS number");
    }

    [Fact]
    public void It_is_shown_in_three_three_four_groups()
    {
        NhsNumber.Parse("9434765919").ToString().ShouldBe("943 476 5919");
    }

    [Fact]
    public void Two_parses_of_the_same_number_are_equal()
    {
        NhsNumber.Parse("943-476-5919").ShouldBe(NhsNumber.Parse("943 476 5919"));
    }

    [Fact]
    public void Parse_throws_a_format_exception_carrying_the_message()
    {
        Should.Throw<FormatException>(() => NhsNumber.Parse("943 476 5918"))
            .Message.ShouldBe(NhsNumber.CheckDigitMessage);
    }

    [Theory]
    [InlineData("943476591", 9)]
    [InlineData("401023213", 7)]
    [InlineData("999000005", 0)]
    public void The_check_digit_is_eleven_less_the_weighted_sum_modulo_eleven(string firstNine, int expected)
    {
        NhsNumber.ComputeCheckDigit(firstNine).ShouldBe(expected);
    }

    [Fact]
    public void Nine_digits_whose_remainder_gives_ten_have_no_check_digit()
    {
        NhsNumber.ComputeCheckDigit("999123456").ShouldBeNull();
    }

    [Fact]
    public void Numbers_starting_with_9_are_in_the_synthetic_test_range_and_live_ranges_are_not()
    {
        NhsNumber.IsInSyntheticTestRange(NhsNumber.Parse("999 000 0018")).ShouldBeTrue();
        NhsNumber.IsInSyntheticTestRange(NhsNumber.Parse("943 476 5919")).ShouldBeTrue();
        NhsNumber.IsInSyntheticTestRange(NhsNumber.Parse("401 023 2137")).ShouldBeFalse();
        NhsNumber.IsInSyntheticTestRange(default).ShouldBeFalse();
    }

    [Fact]
    public void Synthetic_numbers_are_valid_in_the_999_range_and_repeatable_from_a_seed()
    {
        var rng = new Random(20240331);
        var numbers = Enumerable.Range(0, 500).Select(_ => NhsNumber.CreateSynthetic(rng)).ToList();

        foreach (var number in numbers)
        {
            number.Digits.ShouldStartWith("999");
            NhsNumber.IsInSyntheticTestRange(number).ShouldBeTrue();
            NhsNumber.TryParse(number.ToString(), out var reparsed, out _).ShouldBeTrue();
            reparsed.ShouldBe(number);
        }

        numbers.Distinct().Count().ShouldBeGreaterThan(490);
        NhsNumber.CreateSynthetic(new Random(7)).ShouldBe(NhsNumber.CreateSynthetic(new Random(7)));
    }
}
