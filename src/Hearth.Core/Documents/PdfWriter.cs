using System.Globalization;
using System.Text;

namespace Hearth.Core.Documents;

/// <summary>
/// Appends numbered objects and records where each starts, so the cross-reference table can give
/// readers exact byte offsets. Objects must be written in number order, 1 upwards.
/// </summary>
internal sealed class PdfWriter
{
    private readonly MemoryStream _out = new();
    private readonly List<long> _offsets = [];

    public static void Ascii(Stream stream, string text) => stream.Write(Encoding.Latin1.GetBytes(text));

    public void Raw(string text) => Ascii(_out, text);

    public void Object(int number, string body)
    {
        Begin(number);
        Raw($"{body}\nendobj\n");
    }

    public void Stream(int number, byte[] data)
    {
        // /Length counts only the data: the EOL before "endstream" is not part of it (PDF spec 7.3.8.1).
        Begin(number);
        Raw(string.Create(CultureInfo.InvariantCulture, $"<< /Length {data.Length} >>\nstream\n"));
        _out.Write(data);
        Raw("\nendstream\nendobj\n");
    }

    public byte[] Finish(int root, int info)
    {
        var xref = _out.Position;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"xref\n0 {_offsets.Count + 1}\n");

        // Every entry is exactly 20 bytes, hence the space before the '\n'.
        sb.Append("0000000000 65535 f \n");
        foreach (var offset in _offsets)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        sb.Append(CultureInfo.InvariantCulture,
            $"trailer\n<< /Size {_offsets.Count + 1} /Root {root} 0 R /Info {info} 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        Raw(sb.ToString());
        return _out.ToArray();
    }

    private void Begin(int number)
    {
        if (number != _offsets.Count + 1)
        {
            throw new InvalidOperationException($"PDF object {number} written out of order.");
        }

        _offsets.Add(_out.Position);
        Raw(string.Create(CultureInfo.InvariantCulture, $"{number} 0 obj\n"));
    }
}
