using System.Globalization;
using System.Text;

namespace Hearth.Core.Documents;

/// <summary>
/// Reads back the text of a PDF written by <see cref="PdfLetter"/>: the strings shown with Tj, in
/// order, one per line. Not a general PDF reader; it follows the xref table and each stream's
/// /Length rather than searching for keywords, so letter text such as "endstream" cannot mislead it.
/// </summary>
public static class PdfText
{
    public static string ExtractText(byte[] pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        var lines = new List<string>();

        // PdfLetter numbers the content streams in page order, so object order is reading order.
        foreach (var offset in ObjectOffsets(pdf))
        {
            if (StreamData(pdf, offset) is { } data)
            {
                ReadShownStrings(data, lines);
            }
        }

        return string.Join('\n', lines);
    }

    private static List<int> ObjectOffsets(byte[] pdf)
    {
        var tail = Encoding.Latin1.GetString(pdf, Math.Max(0, pdf.Length - 64), Math.Min(64, pdf.Length));
        var at = tail.LastIndexOf("startxref", StringComparison.Ordinal);
        var xref = at < 0 ? -1 : int.Parse(Words(tail[(at + 9)..])[0], CultureInfo.InvariantCulture);
        if (xref < 0 || xref >= pdf.Length)
        {
            throw new FormatException("Not a PDF: no usable startxref.");
        }

        // "xref", first object number, count, then three words per entry: offset, generation, n/f.
        var words = Words(Encoding.Latin1.GetString(pdf, xref, pdf.Length - xref));
        if (words.Count < 3 || words[0] != "xref")
        {
            throw new FormatException("Not a PDF: startxref does not point at an xref table.");
        }

        var count = int.Parse(words[2], CultureInfo.InvariantCulture);
        var offsets = new List<int>();
        for (var i = 3; i < 3 + (3 * count) && i + 2 < words.Count; i += 3)
        {
            if (words[i + 2] == "n")
            {
                offsets.Add(int.Parse(words[i], CultureInfo.InvariantCulture));
            }
        }

        return offsets;
    }

    private static List<string> Words(string text) =>
        [.. text.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)];

    private static byte[]? StreamData(byte[] pdf, int offset)
    {
        var head = Encoding.Latin1.GetString(pdf, offset, Math.Min(200, pdf.Length - offset));
        var dictEnd = head.IndexOf(">>", StringComparison.Ordinal);
        var lengthAt = head.IndexOf("/Length ", StringComparison.Ordinal);
        if (dictEnd < 0 || lengthAt < 0 || lengthAt > dictEnd)
        {
            return null;
        }

        var rest = head[(dictEnd + 2)..];
        var keyword = rest.TrimStart();
        if (!keyword.StartsWith("stream", StringComparison.Ordinal))
        {
            return null;
        }

        var length = int.Parse(Words(head[(lengthAt + 8)..dictEnd])[0], CultureInfo.InvariantCulture);
        var start = offset + dictEnd + 2 + (rest.Length - keyword.Length) + "stream".Length;
        start += pdf[start] == '\r' ? 2 : 1;
        return pdf[start..(start + length)];
    }

    // A small content-stream scanner: remembers the last literal string and emits it on "Tj".
    private static void ReadShownStrings(byte[] data, List<string> lines)
    {
        string? operand = null;
        var i = 0;
        while (i < data.Length)
        {
            var b = data[i];
            if (b == '(')
            {
                (operand, i) = LiteralString(data, i + 1);
            }
            else if (b == 'T' && i + 1 < data.Length && data[i + 1] == 'j' && operand is not null)
            {
                lines.Add(operand);
                operand = null;
                i += 2;
            }
            else
            {
                i++;
            }
        }
    }

    private static (string Text, int Next) LiteralString(byte[] data, int i)
    {
        var sb = new StringBuilder();
        var depth = 0;
        for (; i < data.Length; i++)
        {
            var b = data[i];
            if (b == '\\' && i + 1 < data.Length)
            {
                i++;
                sb.Append(data[i] switch
                {
                    (byte)'n' => "\n",
                    (byte)'r' => "\r",
                    (byte)'t' => "\t",
                    (byte)'b' => "\b",
                    (byte)'f' => "\f",
                    >= (byte)'0' and <= (byte)'7' => Octal(data, ref i),
                    (byte)'\n' => "",
                    var other => WinAnsi.Decode(other).ToString(),
                });
                continue;
            }

            if (b == ')' && depth-- == 0)
            {
                return (sb.ToString(), i + 1);
            }

            depth += b == '(' ? 1 : 0;
            sb.Append(WinAnsi.Decode(b));
        }

        return (sb.ToString(), i);
    }

    // Up to three octal digits, the first already under i.
    private static string Octal(byte[] data, ref int i)
    {
        var value = 0;
        var end = Math.Min(i + 3, data.Length);
        for (; i < end && data[i] is >= (byte)'0' and <= (byte)'7'; i++)
        {
            value = (value * 8) + (data[i] - '0');
        }

        i--;
        return WinAnsi.Decode((byte)value).ToString();
    }
}
