namespace Hearth.Core.People.Matching;

/// <summary>
/// Jaro-Winkler similarity (Jaro 1989; Winkler 1990, "String Comparator Metrics and Enhanced
/// Decision Rules in the Fellegi-Sunter Model of Record Linkage"), the comparator the US Census
/// Bureau built for matching names: typing slips and transpositions score high, and a shared
/// start of up to four characters raises the score further.
/// </summary>
public static class JaroWinkler
{
    /// <summary>Winkler's standard prefix scaling factor.</summary>
    public const double PrefixScale = 0.1;

    /// <summary>Winkler's boost applies only above this Jaro score.</summary>
    public const double BoostThreshold = 0.7;

    /// <summary>Similarity from 0 (nothing in common) to 1 (identical). Case-sensitive: normalise first.</summary>
    public static double Similarity(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var jaro = Jaro(a, b);
        if (jaro <= BoostThreshold)
        {
            return jaro;
        }

        var prefix = 0;
        var maxPrefix = Math.Min(4, Math.Min(a.Length, b.Length));
        while (prefix < maxPrefix && a[prefix] == b[prefix])
        {
            prefix++;
        }

        return jaro + (prefix * PrefixScale * (1 - jaro));
    }

    /// <summary>The Jaro similarity, before Winkler's prefix boost.</summary>
    public static double Jaro(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Length == 0 && b.Length == 0)
        {
            return 1;
        }

        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        // Characters match when equal and no further apart than half the longer length, less one.
        var window = Math.Max(0, (Math.Max(a.Length, b.Length) / 2) - 1);
        var aMatched = new bool[a.Length];
        var bMatched = new bool[b.Length];
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var from = Math.Max(0, i - window);
            var to = Math.Min(b.Length - 1, i + window);
            for (var j = from; j <= to; j++)
            {
                if (!bMatched[j] && a[i] == b[j])
                {
                    aMatched[i] = true;
                    bMatched[j] = true;
                    matches++;
                    break;
                }
            }
        }

        if (matches == 0)
        {
            return 0;
        }

        // Half the matched characters that appear in a different order.
        var outOfOrder = 0;
        var k = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (!aMatched[i])
            {
                continue;
            }

            while (!bMatched[k])
            {
                k++;
            }

            if (a[i] != b[k])
            {
                outOfOrder++;
            }

            k++;
        }

        var transpositions = outOfOrder / 2.0;
        return ((double)matches / a.Length + (double)matches / b.Length + (matches - transpositions) / matches) / 3;
    }
}
