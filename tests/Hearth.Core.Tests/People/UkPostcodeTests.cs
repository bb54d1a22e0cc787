using Hearth.Core.People.Identity;
using Shouldly;
using Xunit;

namespace Hearth.Core.Tests.People;

public class UkPostcodeTests
{
    [Theory]
    [InlineData("sw1a1aa", "SW1A 1AA")]
    [InlineData("SW1A 1AA", "SW1A 1AA")]
    [InlineData("  sw1a   1aa ", "SW1A 1AA")]
    [InlineData("M1 1AE", "M1 1AE")] // A9
    [InlineData("b338th", "B33 8TH")] // A99
    [InlineData("CR2 6XH", "CR2 6XH")] // AA9
    [InlineData("DN551PT", "DN55 1PT")] // AA99
    [InlineData("W1A 0AX", "W1A 0AX")] // A9A
    [InlineData("EC1A 1BB", "EC1A 1BB")] // AA9A
    [InlineData("gir0aa", "GIR 0AA")] // the Girobank exception
    [InlineData("LS1 4AP", "LS1 4AP")]
    public void A_postcode_in_any_case_and_spacing_is_normalised(string input, string expected)
    {
        UkPostcode.TryParse(input, out var postcode, out var error).ShouldBeTrue();
        error.ShouldBeNull();
        postcode.Value.ShouldBe(expected);
        postcode.ToString().ShouldBe(expected);
    }

    [Theory]
    [InlineData("SW1A")]
    [InlineData("1AA")]
    [InlineData("SW1A 1A")]
    [InlineData("SW1A1AAA")]
    [InlineData("QW1 1AA")] // Q never starts a postcode
    [InlineData("AI1 1AA")] // I is not a second letter
    [InlineData("SW1A 1CA")] // C is not used in the inward code
    [InlineData("SW1A AAA")] // the inward code starts with a digit
    [InlineData("12345")]
    [InlineData("SW1A-1AA")]
    public void Something_that_cannot_be_a_postcode_is_rejected_with_the_GOV_UK_message(string input)
    {
        UkPostcode.TryParse(input, out var postcode, out var error).ShouldBeFalse();
        postcode.ShouldBeNull();
        error.ShouldBe("Enter a real postcode, like SW1A 1AA");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void An_empty_answer_asks_for_a_postcode(string? input)
    {
        UkPostcode.TryParse(input, out _, out var error).ShouldBeFalse();
        error.ShouldBe("Enter a postcode");
    }

    [Fact]
    public void The_outward_and_inward_codes_and_district_are_available()
    {
        var postcode = UkPostcode.Parse("sw1a1aa");

        postcode.Outward.ShouldBe("SW1A");
        postcode.Inward.ShouldBe("1AA");
        postcode.District.ShouldBe("SW1A");
        postcode.Area.ShouldBe("SW");
        postcode.Sector.ShouldBe("SW1A 1");
    }

    [Fact]
    public void A_one_letter_area_is_read_correctly()
    {
        var postcode = UkPostcode.Parse("B33 8TH");

        postcode.Area.ShouldBe("B");
        postcode.District.ShouldBe("B33");
        postcode.Inward.ShouldBe("8TH");
    }

    [Fact]
    public void The_same_postcode_typed_two_ways_is_equal()
    {
        UkPostcode.Parse("ls1 4ap").ShouldBe(UkPostcode.Parse("LS14AP"));
    }
}
