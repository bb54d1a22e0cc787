using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Shouldly;

namespace Hearth.Core.Tests.Documents;

/// <summary>
/// Checks a PDF's structure the way a reader would, written apart from PdfText so the tests do not
/// trust the code they are testing.
/// </summary>
internal static partial class PdfInspection
{
    public static string Latin1(byte[] pdf) => Encoding.Latin1.GetString(pdf);

    /// <summary>Asserts the xref table, trailer and stream lengths agree with the bytes; returns the text.</summary>
    public static string ShouldBeWellFormed(byte[] pdf)
    {
        var text = Latin1(pdf);
        text.ShouldStartWith("%PDF-1.4\n%");
        text.Split('\n')[1].Skip(1).ShouldAllBe(c => c >= 128, "the second line is a binary comment");
        text.TrimEnd('\n').ShouldEndWith("%%EOF");

        var offsets = XrefOffsets(text);
        for (var i = 1; i < offsets.Count; i++)
        {
            text[offsets[i]..].ShouldStartWith($"{i} 0 obj\n", customMessage: $"xref entry {i}");
        }

        Trailer(text).ShouldContain($"/Size {offsets.Count}");
        Trailer(text).ShouldContain("/Root 1 0 R");
        Trailer(text).ShouldContain("/Info ");
        foreach (var (start, length) in StreamSpans(text))
        {
            text[(start + length)..].ShouldStartWith("\nendstream\nendobj\n");
        }

        return text;
    }

    /// <summary>Offsets by object number from the xref table; index 0 is the free entry.</summary>
    public static List<int> XrefOffsets(string text)
    {
        var startxref = text.LastIndexOf("startxref\n", StringComparison.Ordinal);
        var xref = int.Parse(text[(startxref + 10)..].Split('\n')[0], CultureInfo.InvariantCulture);
        text[xref..].ShouldStartWith("xref\n0 ");
        var header = text[xref..].Split('\n', 3);
        var count = int.Parse(header[1].Split(' ')[1], CultureInfo.InvariantCulture);
        var entries = header[2];
        entries[..20].ShouldBe("0000000000 65535 f \n");

        var offsets = new List<int> { 0 };
        for (var i = 1; i < count; i++)
        {
            var entry = entries.Substring(i * 20, 20);
            entry.ShouldMatch(@"^\d{10} 00000 n \n$");
            offsets.Add(int.Parse(entry[..10], CultureInfo.InvariantCulture));
        }

        entries[(count * 20)..].ShouldStartWith("trailer\n");
        return offsets;
    }

    /// <summary>The content streams in object order, which is page order for these letters.</summary>
    public static List<string> ContentStreams(byte[] pdf)
    {
        var text = Latin1(pdf);
        return [.. StreamSpans(text).Select(s => text.Substring(s.Start, s.Length))];
    }

    public static int PageCount(byte[] pdf) =>
        int.Parse(PagesCount().Match(Latin1(pdf)).Groups[1].Value, CultureInfo.InvariantCulture);

    private static string Trailer(string text) => text[text.LastIndexOf("trailer", StringComparison.Ordinal)..];

    // Walks objects through the xref, never by searching for "stream", so letter text cannot fool it.
    private static IEnumerable<(int Start, int Length)> StreamSpans(string text)
    {
        foreach (var offset in XrefOffsets(text).Skip(1))
        {
            var match = StreamHeader().Match(text, offset);
            if (match.Success && match.Index == offset)
            {
                yield return (match.Index + match.Length, int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));
            }
        }
    }

    [GeneratedRegex(@"\G\d+ 0 obj\n<< /Length (\d+) >>\nstream\n")]
    private static partial Regex StreamHeader();

    [GeneratedRegex(@"/Type /Pages /Kids \[[^\]]*\] /Count (\d+)")]
    private static partial Regex PagesCount();
}
