using Hearth.Core.People.Matching;
using Shouldly;
using Xunit;

namespace Hearth.Core.Tests.People;

public class NameNormaliserTests
{
    [Theory]
    [InlineData("O'Neill", "oneill")]
    [InlineData("O’Neill", "oneill")]
    [InlineData("Smith-Jones", "smith jones")]
    [InlineData("  Zoë   Brontë ", "zoe bronte")]
    [InlineData("José María", "jose maria")]
    [InlineData("Łukasz Søren", "lukasz soren")]
    [InlineData("Strauß", "strauss")]
    [InlineData("St. John", "st john")]
    [InlineData("MACDONALD", "macdonald")]
    [InlineData("Ni Bhriain", "ni bhriain")]
    [InlineData(null, "")]
    [InlineData("  ", "")]
    [InlineData("--'--", "")]
    public void Names_are_lower_case_without_accents_or_punctuation_and_single_spaced(string? input, string expected)
    {
        NameNormaliser.Normalise(input).ShouldBe(expected);
    }

    [Fact]
    public void A_double_barrelled_name_with_an_apostrophe_gives_one_token_per_part()
    {
        NameNormaliser.Tokens("D'Arcy-Smith Jones").ShouldBe(["darcy", "smith", "jones"]);
    }
}

public class JaroWinklerTests
{
    [Fact]
    public void The_textbook_examples_give_the_published_scores()
    {
        // Winkler's examples: MARTHA/MARHTA 0.961, DWAYNE/DUANE 0.840, DIXON/DICKSONX 0.813.
        JaroWinkler.Similarity("MARTHA", "MARHTA").ShouldBe(0.961, 0.001);
        JaroWinkler.Similarity("DWAYNE", "DUANE").ShouldBe(0.840, 0.001);
        JaroWinkler.Similarity("DIXON", "DICKSONX").ShouldBe(0.813, 0.001);
        JaroWinkler.Jaro("MARTHA", "MARHTA").ShouldBe(0.944, 0.001);
    }

    [Fact]
    public void Identical_strings_score_one_and_strings_with_nothing_in_common_score_zero()
    {
        JaroWinkler.Similarity("smith", "smith").ShouldBe(1);
        JaroWinkler.Similarity("abc", "xyz").ShouldBe(0);
        JaroWinkler.Similarity("", "").ShouldBe(1);
        JaroWinkler.Similarity("", "a").ShouldBe(0);
    }

    [Fact]
    public void The_score_is_the_same_either_way_round()
    {
        JaroWinkler.Similarity("jonathan", "jonathon").ShouldBe(JaroWinkler.Similarity("jonathon", "jonathan"), 1e-12);
    }
}

public class NameSimilarityTests
{
    [Fact]
    public void Typing_slips_in_both_names_still_score_high()
    {
        NameSimilarity.Score("Jonh Smiht", "John Smith").ShouldBeGreaterThan(0.85);
    }

    [Fact]
    public void Different_people_score_low()
    {
        NameSimilarity.Score("John Smith", "Mary Jones").ShouldBeLessThan(0.5);
        NameSimilarity.Score("David Brown", "Sarah Williams").ShouldBeLessThan(0.2);
    }

    [Theory]
    [InlineData("Catherine", "Kathryn")]
    [InlineData("Mohammed", "Muhammad")]
    [InlineData("Stephen", "Steven")]
    [InlineData("Philip", "Filip")]
    [InlineData("Jonathan", "Jonathon")]
    [InlineData("Lee", "Li")]
    public void Names_that_sound_the_same_score_at_least_the_phonetic_floor(string a, string b)
    {
        NameSimilarity.Score(a, b).ShouldBeGreaterThanOrEqualTo(NameSimilarity.PhoneticMatchFloor);
    }

    [Theory]
    [InlineData("Thompson", "Tomson", 0.8)]
    [InlineData("Sean", "Shaun", 0.6)]
    public void Pairs_Double_Metaphone_misses_still_score_well_on_spelling(string a, string b, double atLeast)
    {
        NameSimilarity.Score(a, b).ShouldBeGreaterThanOrEqualTo(atLeast);
    }

    [Fact]
    public void Given_and_family_names_recorded_the_wrong_way_round_still_match()
    {
        NameSimilarity.Score("Smith John", "John Smith").ShouldBe(1);
        NameSimilarity.Score("Khan", "Aisha", "Aisha", "Khan").ShouldBe(1);
    }

    [Fact]
    public void A_middle_name_on_one_record_only_costs_a_little()
    {
        NameSimilarity.Score("John Paul Smith", "John Smith").ShouldBe(0.95, 0.0001);
    }

    [Fact]
    public void Accents_apostrophes_and_case_do_not_lower_the_score()
    {
        NameSimilarity.Score("Zoë O'Neill", "ZOE ONEILL").ShouldBe(1);
    }

    [Fact]
    public void A_name_split_differently_still_scores_high()
    {
        NameSimilarity.Score("Mc Donald", "McDonald").ShouldBeGreaterThan(0.9);
    }

    [Fact]
    public void Siblings_sharing_only_a_family_name_are_not_ranked_as_the_same_person()
    {
        NameSimilarity.Score("Alice", "Smith", "Thomas", "Smith").ShouldBeLessThanOrEqualTo(0.6);
    }

    [Fact]
    public void An_empty_name_matches_nothing()
    {
        NameSimilarity.Score("", "John Smith").ShouldBe(0);
        NameSimilarity.Score(null, null).ShouldBe(0);
    }

    [Fact]
    public void Scores_stay_between_zero_and_one_and_are_symmetric()
    {
        string[] names = ["John Smith", "Jonh Smiht", "Mary Jones", "Catherine O'Neill", "Kathryn Oneil", "Li", "Mohammed Ali Khan"];
        foreach (var a in names)
        {
            foreach (var b in names)
            {
                var score = NameSimilarity.Score(a, b);
                score.ShouldBeInRange(0, 1);
                score.ShouldBe(NameSimilarity.Score(b, a), 1e-9);
            }
        }
    }
}
