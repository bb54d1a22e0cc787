using Hearth.Core.People.CodeLists;
using Shouldly;
using Xunit;

namespace Hearth.Core.Tests.People;

public class CodeListTests
{
    [Fact]
    public void Ethnicity_has_the_20_CIN_census_codes_in_the_DfE_order()
    {
        Ethnicity.All.Select(e => e.Code).ShouldBe(
        [
            "WBRI", "WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND",
            "APKN", "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT",
        ]);
    }

    [Fact]
    public void Disability_has_the_13_CIN_census_codes()
    {
        Disability.All.Select(e => e.Code).ShouldBe(
            ["NONE", "MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS", "BEH", "CON", "AUT", "DDA"]);
    }

    [Fact]
    public void Legal_sex_has_M_F_and_U_as_collected_from_2024_25()
    {
        LegalSex.All.Select(e => e.Code).ShouldBe(["M", "F", "U"]);
        LegalSex.LabelFor("M").ShouldBe("Male");
        LegalSex.LabelFor("F").ShouldBe("Female");
        LegalSex.LabelFor("U").ShouldBe("Unknown or indeterminate");
    }

    [Fact]
    public void Every_code_in_every_list_has_a_label_and_appears_once()
    {
        foreach (var list in new[] { Ethnicity.All, Disability.All, LegalSex.All })
        {
            list.Select(e => e.Code).Distinct().Count().ShouldBe(list.Count);
            list.ShouldAllBe(e => !string.IsNullOrWhiteSpace(e.Label));
        }
    }

    [Fact]
    public void Labels_are_found_by_code()
    {
        Ethnicity.LabelFor("WBRI").ShouldBe("White British");
        Ethnicity.LabelFor("NOBT").ShouldBe("Information not yet obtained");
        Disability.LabelFor("AUT").ShouldBe("Diagnosed with autism or Asperger syndrome");
        Disability.LabelFor("NONE").ShouldBe("No disability");
    }

    [Theory]
    [InlineData("WBRI", true)]
    [InlineData("REFU", true)]
    [InlineData("wbri", false)]
    [InlineData("WBR", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Ethnicity_codes_are_checked_exactly_as_the_census_validator_does(string? code, bool valid)
    {
        Ethnicity.IsValid(code).ShouldBe(valid);
    }

    [Fact]
    public void Unknown_codes_are_invalid_and_have_no_label()
    {
        Disability.IsValid("ADHD").ShouldBeFalse();
        Disability.LabelFor("ADHD").ShouldBeNull();
        LegalSex.IsValid("1").ShouldBeFalse();
        LegalSex.IsValid("X").ShouldBeFalse();
        Ethnicity.LabelFor(null).ShouldBeNull();
    }

    [Theory]
    [InlineData("1", "M")]
    [InlineData("2", "F")]
    [InlineData("0", "U")]
    [InlineData("9", "U")]
    [InlineData("3", null)]
    [InlineData(null, null)]
    public void Pre_2024_gender_codes_map_to_todays_sex_codes(string? legacy, string? expected)
    {
        LegalSex.FromLegacyGenderCode(legacy).ShouldBe(expected);
    }

    [Fact]
    public void A_disability_selection_of_real_distinct_codes_is_accepted()
    {
        Disability.ValidateSelection(["MOB", "HAND"]).ShouldBeNull();
        Disability.ValidateSelection(["NONE"]).ShouldBeNull();
        Disability.ValidateSelection([]).ShouldBeNull();
    }

    [Fact]
    public void No_disability_cannot_be_combined_with_a_disability_rule_8790()
    {
        Disability.ValidateSelection(["NONE", "MOB"])
            .ShouldBe("Select 'No disability' on its own, or select the child's disabilities");
    }

    [Fact]
    public void The_same_disability_cannot_be_recorded_twice_rule_8794()
    {
        Disability.ValidateSelection(["VIS", "VIS"]).ShouldBe("Select each disability only once");
    }

    [Fact]
    public void A_disability_code_not_in_the_list_is_rejected_rule_8540()
    {
        Disability.ValidateSelection(["MOB", "XYZ"]).ShouldBe("Select a disability from the list");
    }
}
