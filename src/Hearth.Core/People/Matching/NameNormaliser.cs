using System.Globalization;
using System.Text;

namespace Hearth.Core.People.Matching;

/// <summary>
/// Puts names into one comparable form: lower case, no accents, no punctuation, single spaces.
/// Apostrophes are dropped so O'Neill, O’Neill and ONeill agree ("oneill"); hyphens and other
/// punctuation separate words so Smith-Jones gives the tokens "smith" and "jones".
/// </summary>
public static class NameNormaliser
{
    /// <summary>The normalised name with single spaces between tokens ("" for null or blank).</summary>
    public static string Normalise(string? name) => string.Join(' ', Tokens(name));

    /// <summary>The normalised words of a name, in order.</summary>
    public static IReadOnlyList<string> Tokens(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return [];
        }

        // Decompose so accents become separate marks that can be dropped: é -> e + ´.
        var decomposed = name.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            if (IsApostrophe(c))
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                builder.Append(FoldLetter(char.ToLowerInvariant(c)));
            }
            else
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC' or '`' or '\u00B4';

    // Letters that Unicode does not decompose into a base letter and a mark.
    private static string FoldLetter(char c) => c switch
    {
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'ø' => "o",
        'ł' => "l",
        'đ' or 'ð' => "d",
        'þ' => "th",
        'ı' => "i",
        _ => c.ToString(),
    };
}
