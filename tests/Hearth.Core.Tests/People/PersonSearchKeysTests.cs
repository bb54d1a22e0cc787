using Hearth.Core.People.Search;
using Shouldly;
using Xunit;

namespace Hearth.Core.Tests.People;

public class PersonSearchKeysTests
{
    private static HashSet<string> Keys(string given, string family) => PersonSearchKeys.KeysForNames([(given, family)]);

    [Theory]
    [InlineData("Kathryn", "Smyth", "Catherine", "Smith")]
    [InlineData("Muhammad", "Khan", "Mohammed", "Khan")]
    [InlineData("Jonh", "Smiht", "John", "Smith")]
    [InlineData("Steven", "Thomson", "Stephen", "Thompson")]
    public void A_search_for_a_misspelt_or_sound_alike_name_shares_a_pair_key_with_the_stored_name(string searchGiven, string searchFamily, string given, string family)
    {
        var stored = Keys(given, family);
        PersonSearchKeys.PairKeys(searchGiven.ToLowerInvariant(), searchFamily.ToLowerInvariant()).ShouldContain(k => stored.Contains(k));
    }

    [Fact]
    public void Two_unrelated_names_share_no_pair_key()
    {
        var stored = Keys("John", "Smith");
        PersonSearchKeys.PairKeys("mary", "jones").ShouldNotContain(k => stored.Contains(k));
    }

    [Fact]
    public void A_one_word_search_finds_a_family_name_by_sound()
    {
        var stored = Keys("Jane", "Smyth");
        PersonSearchKeys.SingleKeys("smith").ShouldContain(k => stored.Contains(k));
    }

    [Fact]
    public void Hyphenated_family_names_are_keyed_by_each_part()
    {
        var stored = Keys("Siobhan", "O'Neill-Smith");
        PersonSearchKeys.PairKeys("siobhan", "smith").ShouldContain(k => stored.Contains(k));
        PersonSearchKeys.PairKeys("siobhan", "oneill").ShouldContain(k => stored.Contains(k));
    }

    [Fact]
    public void A_name_has_a_small_number_of_keys()
    {
        Keys("Mary Ann Louise", "Smith-Jones").Count.ShouldBeLessThanOrEqualTo(24);
    }
}
