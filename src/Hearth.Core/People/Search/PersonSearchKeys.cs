using Hearth.Core.People.Matching;

namespace Hearth.Core.People.Search;

/// <summary>
/// The lookup keys stored for a person's names. A search turns its words into the same keys and
/// finds candidates by indexed equality, which is fast on both databases; candidates are then ranked
/// by <see cref="NameSimilarity"/>. Kinds of key:
/// <list type="bullet">
/// <item><c>p:GIVEN|FAMILY</c> — Double Metaphone of first given name and family name: Kathryn Smyth finds Catherine Smith.</item>
/// <item><c>x:giv|fam</c> — first three letters of each: Jonh Smiht finds John Smith.</item>
/// <item><c>i:FAMILY|g</c> — family name's sound and the given name's initial: Oilvia Taylor (letters
/// swapped early, so neither sound nor prefix matches) still finds Olivia Taylor.</item>
/// <item><c>f:FAMILY</c> and <c>g:GIVEN</c> — one phonetic name alone, for a one-word search.</item>
/// </list>
/// </summary>
public static class PersonSearchKeys
{
    public static IEnumerable<PersonSearchKey> For(Person person) =>
        KeysForNames(person.Names.Select(n => (n.GivenNames, n.FamilyName)))
            .Select(key => new PersonSearchKey { PersonId = person.Id, Key = key });

    public static HashSet<string> KeysForNames(IEnumerable<(string Given, string Family)> names)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (given, family) in names)
        {
            var givenTokens = NameNormaliser.Tokens(given);
            var familyTokens = NameNormaliser.Tokens(family);
            // Only the first given name pairs with the family name: middle names rarely lead a search.
            var first = givenTokens.FirstOrDefault();
            foreach (var g in givenTokens)
            {
                foreach (var code in Codes(g))
                {
                    keys.Add("g:" + code);
                }
            }
            foreach (var f in familyTokens)
            {
                foreach (var code in Codes(f))
                {
                    keys.Add("f:" + code);
                }
                if (first is not null)
                {
                    keys.UnionWith(PairKeys(first, f));
                }
            }
        }
        return keys;
    }

    /// <summary>Keys for a search for a given name and a family name together.</summary>
    public static IEnumerable<string> PairKeys(string given, string family)
    {
        foreach (var g in Codes(given))
        {
            foreach (var f in Codes(family))
            {
                yield return $"p:{g}|{f}";
            }
        }
        yield return $"x:{Prefix(given)}|{Prefix(family)}";
        foreach (var f in Codes(family))
        {
            yield return $"i:{f}|{given[..1]}";
        }
    }

    public static IEnumerable<string> SingleKeys(string token) =>
        Codes(token).SelectMany(code => new[] { "f:" + code, "g:" + code });

    private static IEnumerable<string> Codes(string token)
    {
        var codes = DoubleMetaphone.Encode(token);
        if (codes.Primary.Length == 0)
        {
            // A name with no consonant sound ("Aoi") still needs a key.
            yield return "=" + token;
            yield break;
        }
        yield return codes.Primary;
        if (codes.Alternate.Length > 0 && codes.Alternate != codes.Primary)
        {
            yield return codes.Alternate;
        }
    }

    private static string Prefix(string token) => token.Length <= 3 ? token : token[..3];
}
