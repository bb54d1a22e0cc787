namespace Hearth.Core.People.Matching;

/// <summary>
/// How alike two people's names are, from 0 (nothing alike) to 1 (the same), for ranking
/// search-before-create candidates and possible duplicates. Names are normalised
/// (<see cref="NameNormaliser"/>) and each word is compared with Jaro-Winkler. Two unrelated
/// short words still get a Jaro-Winkler score of 0.4-0.6, so scores are rescaled to put
/// <see cref="JaroWinklerFloor"/> at 0. Words that sound alike by Double Metaphone score at
/// least <see cref="PhoneticMatchFloor"/> (Catherine/Kathryn, Mohammed/Muhammad, Lee/Li).
/// Words are paired best-first regardless of order, so given and family names recorded the
/// wrong way round still match; each extra unpaired word (a middle name recorded on one record
/// only) costs 5%. The rescaled Jaro-Winkler score of the whole normalised strings is a floor,
/// which catches names split or joined differently (Mc Donald, McDonald).
/// </summary>
public static class NameSimilarity
{
    /// <summary>The Jaro-Winkler score that counts as nothing alike.</summary>
    public const double JaroWinklerFloor = 0.5;

    /// <summary>The lowest score of two words with a Double Metaphone code in common.</summary>
    public const double PhoneticMatchFloor = 0.9;

    /// <summary>Multiplier for each word that one name has and the other does not.</summary>
    public const double UnpairedWordFactor = 0.95;

    /// <summary>Compares two full names, such as "John Smith" and "Jonh Smiht".</summary>
    public static double Score(string? nameA, string? nameB)
    {
        var tokensA = NameNormaliser.Tokens(nameA);
        var tokensB = NameNormaliser.Tokens(nameB);
        if (tokensA.Count == 0 || tokensB.Count == 0)
        {
            return 0;
        }

        var whole = Rescale(JaroWinkler.Similarity(string.Join(' ', tokensA), string.Join(' ', tokensB)));
        return Math.Clamp(Math.Max(whole, PairedWords(tokensA, tokensB)), 0, 1);
    }

    /// <summary>Compares two names given as given name(s) and family name.</summary>
    public static double Score(string? givenA, string? familyA, string? givenB, string? familyB) =>
        Score($"{givenA} {familyA}", $"{givenB} {familyB}");

    /// <summary>Compares two single normalised words (see <see cref="NameNormaliser"/>).</summary>
    public static double WordScore(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a == b)
        {
            return 1;
        }

        var score = Rescale(JaroWinkler.Similarity(a, b));
        if (DoubleMetaphone.Encode(a).Matches(DoubleMetaphone.Encode(b)))
        {
            // Sounding the same is strong evidence; spelling closeness still orders such pairs.
            score = PhoneticMatchFloor + ((1 - PhoneticMatchFloor) * score);
        }

        return score;
    }

    private static double Rescale(double jaroWinkler) =>
        Math.Max(0, (jaroWinkler - JaroWinklerFloor) / (1 - JaroWinklerFloor));

    private static double PairedWords(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var pairs = new List<(int I, int J, double Score)>(a.Count * b.Count);
        for (var i = 0; i < a.Count; i++)
        {
            for (var j = 0; j < b.Count; j++)
            {
                pairs.Add((i, j, WordScore(a[i], b[j])));
            }
        }

        // Greedy best-first pairing: each word is used once.
        pairs.Sort((x, y) => y.Score.CompareTo(x.Score));
        var usedA = new bool[a.Count];
        var usedB = new bool[b.Count];
        var total = 0.0;
        var paired = 0;
        foreach (var (i, j, score) in pairs)
        {
            if (usedA[i] || usedB[j])
            {
                continue;
            }

            usedA[i] = true;
            usedB[j] = true;
            total += score;
            paired++;
        }

        var unpaired = Math.Abs(a.Count - b.Count);
        return total / paired * Math.Pow(UnpairedWordFactor, unpaired);
    }
}
