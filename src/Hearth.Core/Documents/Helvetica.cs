namespace Hearth.Core.Documents;

/// <summary>
/// Advance widths (1/1000 em) from Adobe's Helvetica and Helvetica-Bold AFM files for WinAnsi codes
/// 32-126. Read by glyph name, not the AFM's StandardEncoding code, so 39 is quotesingle and 96 is
/// grave. Anything else is taken as 556, a typical lower-case width, which is close enough for wrapping.
/// </summary>
internal static class Helvetica
{
    private const int Fallback = 556;

    private static readonly short[] Regular =
    [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space to /
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 to ?
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ to O
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P to _
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` to o
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p to ~
    ];

    private static readonly short[] Bold =
    [
        278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
        975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
        333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
        611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
    ];

    public static int Width(char c, bool bold) =>
        c is >= ' ' and <= '~' ? (bold ? Bold : Regular)[c - ' '] : Fallback;

    public static int Width(string text, bool bold)
    {
        var total = 0;
        foreach (var c in text)
        {
            total += Width(c, bold);
        }

        return total;
    }
}
