namespace Hearth.Core.Documents;

/// <summary>One line of text placed on a page; X and Y are the baseline start in points.</summary>
internal sealed record PlacedLine(string Text, bool Bold, int Size, int X, int Y);

/// <summary>Flows a letter onto A4 pages. Whole points throughout so the output is deterministic.</summary>
internal sealed class LetterLayout
{
    public const int PageWidth = 595;
    public const int PageHeight = 842;
    public const int Margin = 72;
    public const int TextWidth = PageWidth - (2 * Margin);
    public const int FooterSize = 9;
    public const int FooterY = 40;

    private const int BodySize = 11;
    private const int BodyLeading = 15;
    private const int Top = PageHeight - Margin;

    private readonly List<List<PlacedLine>> _pages = [[]];
    private int _cursor = Top;
    private int _blankLines;

    private List<PlacedLine> Page => _pages[^1];

    public static List<List<PlacedLine>> Lay(LetterDocument letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        var layout = new LetterLayout();
        layout.Block(letter.Letterhead, bold: true, size: 14, leading: 18);
        layout.Gap();
        layout.Block(letter.Title, bold: true, size: 12, leading: 16);
        foreach (var paragraph in letter.Paragraphs ?? [])
        {
            layout.Gap();
            layout.Block(paragraph, bold: false, BodySize, BodyLeading);
        }

        return layout._pages;
    }

    /// <summary>The footer for page <paramref name="number"/>, centred by its measured width.</summary>
    public static PlacedLine Footer(int number, int count)
    {
        var text = $"Page {number} of {count}";
        var width = Helvetica.Width(text, bold: false) * FooterSize / 1000;
        return new PlacedLine(text, Bold: false, FooterSize, (PageWidth - width) / 2, FooterY);
    }

    private void Block(string? text, bool bold, int size, int leading)
    {
        // '\r' is dropped by Clean, so Windows line endings split the same as '\n'.
        foreach (var hardLine in (text ?? "").Split('\n'))
        {
            var clean = WinAnsi.Clean(hardLine);
            if (clean.Trim().Length == 0)
            {
                _blankLines++;
                continue;
            }

            foreach (var line in LineBreaker.Wrap(clean, bold, size, TextWidth))
            {
                Line(line, bold, size, leading);
            }
        }
    }

    private void Line(string text, bool bold, int size, int leading)
    {
        // Blank lines only separate text, so they are dropped at the top of a page.
        if (Page.Count > 0)
        {
            _cursor -= _blankLines * BodyLeading;
        }

        _blankLines = 0;
        if (_cursor - leading < Margin)
        {
            _pages.Add([]);
            _cursor = Top;
        }

        _cursor -= leading;
        Page.Add(new PlacedLine(text, bold, size, Margin, _cursor));
    }

    // Blocks are separated by one blank line, however many were asked for, so an empty letterhead
    // or title leaves no extra hole; blank lines inside a paragraph still count one each.
    private void Gap() => _blankLines = Math.Max(_blankLines, 1);
}
