using System.Text;

namespace Hearth.Core.Documents;

/// <summary>
/// Maps text to WinAnsiEncoding (Windows-1252), the encoding the standard Type1 fonts are declared
/// with. Hand-made so no CodePagesEncodingProvider package is needed: 0x20-0x7E and 0xA0-0xFF are the
/// same as Unicode; only the 0x80-0x9F block needs a table.
/// </summary>
internal static class WinAnsi
{
    // Unicode characters of the 0x80-0x9F block; '\0' marks the five codes cp1252 leaves undefined.
    private const string High = "€\0‚ƒ„…†‡ˆ‰Š‹Œ\0Ž\0\0‘’“”•–—˜™š›œ\0žŸ";

    private static readonly Dictionary<char, byte> HighBytes = BuildHighBytes();

    private static Dictionary<char, byte> BuildHighBytes()
    {
        var map = new Dictionary<char, byte>();
        for (var i = 0; i < High.Length; i++)
        {
            if (High[i] != '\0')
            {
                map[High[i]] = (byte)(0x80 + i);
            }
        }

        return map;
    }

    /// <summary>
    /// Returns the text reduced to characters the fonts can show: control characters are dropped
    /// (a tab becomes a space so the words either side stay apart), anything outside cp1252 becomes
    /// '?'. Runes, not chars, so an emoji becomes one '?' rather than two.
    /// </summary>
    public static string Clean(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value == '\t')
            {
                sb.Append(' ');
            }
            else if (Rune.IsControl(rune))
            {
                continue;
            }
            else if (rune.IsBmp && TryEncode((char)rune.Value, out _))
            {
                sb.Append((char)rune.Value);
            }
            else
            {
                sb.Append('?');
            }
        }

        return sb.ToString();
    }

    /// <summary>Encodes text already passed through <see cref="Clean"/>; anything else becomes '?'.</summary>
    public static byte[] Encode(string text)
    {
        var bytes = new byte[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            bytes[i] = TryEncode(text[i], out var b) ? b : (byte)'?';
        }

        return bytes;
    }

    public static char Decode(byte b) => b is >= 0x80 and <= 0x9F ? High[b - 0x80] switch
    {
        '\0' => '?',
        var c => c,
    } : (char)b;

    private static bool TryEncode(char c, out byte b)
    {
        if (c is >= ' ' and <= '~' or >= '\u00A0' and <= '\u00FF')
        {
            b = (byte)c;
            return true;
        }

        return HighBytes.TryGetValue(c, out b);
    }
}
