namespace Hearth.Core.Documents;

/// <summary>Greedy word wrap by real glyph widths; words wider than a whole line are cut.</summary>
internal static class LineBreaker
{
    /// <summary>
    /// Splits one hard line (already cleaned, no '\n') into lines no wider than
    /// <paramref name="maxWidth"/> points. Widths stay in integer font units times the size, so the
    /// result never depends on floating-point rounding.
    /// </summary>
    public static List<string> Wrap(string line, bool bold, int size, int maxWidth)
    {
        var limit = maxWidth * 1000;
        var space = Helvetica.Width(' ', bold) * size;
        var lines = new List<string>();
        var current = "";
        var currentWidth = 0;

        foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var wordWidth = Helvetica.Width(word, bold) * size;
            if (current.Length > 0 && currentWidth + space + wordWidth <= limit)
            {
                current += " " + word;
                currentWidth += space + wordWidth;
                continue;
            }

            if (current.Length > 0)
            {
                lines.Add(current);
            }

            (current, currentWidth) = (word, wordWidth);
            if (wordWidth > limit)
            {
                (current, currentWidth) = CutLongWord(word, bold, size, limit, lines);
            }
        }

        if (current.Length > 0 || lines.Count == 0)
        {
            lines.Add(current);
        }

        return lines;
    }

    // Adds full-width pieces of the word to lines and returns the last piece, which later words may join.
    private static (string Tail, int Width) CutLongWord(string word, bool bold, int size, int limit, List<string> lines)
    {
        var start = 0;
        var width = 0;
        for (var i = 0; i < word.Length; i++)
        {
            var w = Helvetica.Width(word[i], bold) * size;
            if (width + w > limit && i > start)
            {
                lines.Add(word[start..i]);
                (start, width) = (i, 0);
            }

            width += w;
        }

        return (word[start..], width);
    }
}
