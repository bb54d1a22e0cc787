using Hearth.Core.People.Identity;
using Shouldly;
using Xunit;

namespace Hearth.Core.Tests.People;

public class UniquePupilNumberTests
{
    // Worked independently of the production code, straight from CIN census rule 1510:
    // sum of value x position for positions 2-13, modulo 23, into A-Z less I, O and S.
    private static char CheckLetterByHand(string body)
    {
        const string letters = "ABCDEFGHJKLMNPQRTUVWXYZ";
        var sum = 0;
        for (var position = 2; position <= 13; position++)
        {
            var c = body[position - 2];
            var value = char.IsDigit(c) ? c - '0' : letters.IndexOf(c);
            sum += value * position;
        }

        return letters[sum % 23];
    }

    [Fact]
    public void The_hand_computation_agrees_with_the_published_example_B801200005001()
    {
        // B801200005001 is the valid UPN in python-stdnum's gb.upn documentation:
        // 8x2 + 0x3 + 1x4 + 2x5 + 5x10 + 1x13 = 93; 93 mod 23 = 1, the second letter, B.
        CheckLetterByHand("801200005001").ShouldBe('B');
    }

    [Theory]
    [InlineData("801200005001")]
    [InlineData("201000010001")]
    [InlineData("123456789123")]
    [InlineData("935123405670")]
    [InlineData("93512340567A")] // temporary UPN: a letter in position 13
    [InlineData("30812341811Z")]
    public void A_UPN_whose_check_letter_matches_the_rest_is_accepted(string body)
    {
        var text = CheckLetterByHand(body) + body;

        UniquePupilNumber.TryParse(text, out var upn, out var error).ShouldBeTrue();
        error.ShouldBeNull();
        upn.Value.ShouldBe(text);
        UniquePupilNumber.ComputeCheckLetter(body).ShouldBe(text[0]);
    }

    [Fact]
    public void The_census_sample_UPN_A123456789123_fails_the_check_letter_rule()
    {
        // statutory-data.md's synthetic CIN census sample; its check letter should be P.
        UniquePupilNumber.TryParse("A123456789123", out _, out var error).ShouldBeFalse();
        error.ShouldBe("Enter a valid UPN. Check you have copied it correctly");
        UniquePupilNumber.TryParse("P123456789123", out _, out _).ShouldBeTrue();
    }

    [Theory]
    [InlineData("A801200005001")]
    [InlineData("C801200005001")]
    [InlineData("B801200005002")]
    public void A_wrong_check_letter_is_rejected(string text)
    {
        UniquePupilNumber.TryParse(text, out _, out var error).ShouldBeFalse();
        error.ShouldBe(UniquePupilNumber.CheckLetterMessage);
    }

    [Theory]
    [InlineData("B80120000500")] // 12 characters
    [InlineData("B8012000050011")] // 14 characters
    [InlineData("1801200005001")] // digit where the check letter goes
    [InlineData("I801200005001")] // I is never a check letter
    [InlineData("B80120000A001")] // letter in the middle
    [InlineData("B80120000500I")] // I, O and S are not used in position 13
    [InlineData("B80120000500O")]
    [InlineData("B80120000500S")]
    [InlineData("B8012-0005001")]
    public void Characters_of_the_wrong_kind_or_number_are_rejected_with_the_format_message(string text)
    {
        UniquePupilNumber.TryParse(text, out _, out var error).ShouldBeFalse();
        error.ShouldBe("Enter a UPN in the correct format: a letter followed by 12 characters, like B801200005001");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void An_empty_answer_asks_for_a_UPN(string? text)
    {
        UniquePupilNumber.TryParse(text, out _, out var error).ShouldBeFalse();
        error.ShouldBe("Enter a unique pupil number (UPN)");
    }

    [Fact]
    public void Lower_case_and_spaces_are_tidied_before_checking()
    {
        UniquePupilNumber.TryParse(" b801 2000 05001 ", out var upn, out _).ShouldBeTrue();
        upn.ToString().ShouldBe("B801200005001");
    }

    [Fact]
    public void The_parts_of_a_UPN_are_read_from_their_positions()
    {
        var upn = UniquePupilNumber.Parse("B801200005001");

        upn.CheckLetter.ShouldBe('B');
        upn.LocalAuthorityNumber.ShouldBe("801");
        upn.EstablishmentNumber.ShouldBe("2000");
        upn.YearOfAllocation.ShouldBe("05");
        upn.SerialNumber.ShouldBe("001");
        upn.IsTemporary.ShouldBeFalse();
    }

    [Fact]
    public void A_letter_in_position_13_marks_a_temporary_UPN()
    {
        var body = "93512340567A";
        UniquePupilNumber.Parse(CheckLetterByHand(body) + body).IsTemporary.ShouldBeTrue();
    }

    [Fact]
    public void Synthetic_UPNs_are_valid_and_carry_the_local_authority_number()
    {
        var rng = new Random(42);
        for (var i = 0; i < 300; i++)
        {
            var upn = UniquePupilNumber.CreateSynthetic(rng, 935);

            upn.LocalAuthorityNumber.ShouldBe("935");
            upn.IsTemporary.ShouldBeFalse();
            upn.CheckLetter.ShouldBe(CheckLetterByHand(upn.Value[1..]));
            UniquePupilNumber.TryParse(upn.Value, out _, out _).ShouldBeTrue();
        }
    }

    [Theory]
    [InlineData(99)]
    [InlineData(1000)]
    public void A_synthetic_UPN_needs_a_three_digit_local_authority_number(int laCode)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => UniquePupilNumber.CreateSynthetic(new Random(1), laCode));
    }
}
