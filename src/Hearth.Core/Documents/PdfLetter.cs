using System.Globalization;
using System.Text;

namespace Hearth.Core.Documents;

/// <summary>
/// Writes a letter as a PDF 1.4 file by hand: no dependency, no timestamps, so the same letter always
/// gives the same bytes. Content streams stay uncompressed so stored letters remain searchable.
/// </summary>
public static class PdfLetter
{
    // Fixed object numbers; each page then takes two more (page, content stream), in page order.
    private const int Catalog = 1;
    private const int PagesTree = 2;
    private const int RegularFont = 3;
    private const int BoldFont = 4;
    private const int Info = 5;
    private const int FirstPage = 6;

    public static byte[] Render(LetterDocument letter)
    {
        var pages = LetterLayout.Lay(letter);
        var pdf = new PdfWriter();

        // The binary comment tells transfer tools the file is binary (PDF spec 7.5.2).
        pdf.Raw("%PDF-1.4\n%\u00E2\u00E3\u00CF\u00D3\n");
        pdf.Object(Catalog, $"<< /Type /Catalog /Pages {PagesTree} 0 R >>");
        var kids = string.Join(" ", pages.Select((_, i) => $"{PageObject(i)} 0 R"));
        pdf.Object(PagesTree, $"<< /Type /Pages /Kids [{kids}] /Count {pages.Count} >>");
        pdf.Object(RegularFont, Font("Helvetica"));
        pdf.Object(BoldFont, Font("Helvetica-Bold"));
        pdf.Object(Info, $"<< /Title {TextString(letter.Title)} /Producer (Hearth) >>");

        for (var i = 0; i < pages.Count; i++)
        {
            pdf.Object(PageObject(i),
                $"<< /Type /Page /Parent {PagesTree} 0 R /MediaBox [0 0 {LetterLayout.PageWidth} {LetterLayout.PageHeight}]"
                + $" /Resources << /Font << /F1 {RegularFont} 0 R /F2 {BoldFont} 0 R >> >> /Contents {PageObject(i) + 1} 0 R >>");
            var lines = pages[i].Append(LetterLayout.Footer(i + 1, pages.Count));
            pdf.Stream(PageObject(i) + 1, Content(lines));
        }

        return pdf.Finish(Catalog, Info);
    }

    private static int PageObject(int index) => FirstPage + (2 * index);

    private static string Font(string name) =>
        $"<< /Type /Font /Subtype /Type1 /BaseFont /{name} /Encoding /WinAnsiEncoding >>";

    // Info strings are not WinAnsi but PDFDocEncoding or UTF-16; a UTF-16BE hex string is exact for
    // any title and, being hex, cannot end early whatever the title holds.
    private static string TextString(string? text)
    {
        var clean = string.Concat((text ?? "").Where(c => !char.IsControl(c)));
        return "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(clean)) + ">";
    }

    private static byte[] Content(IEnumerable<PlacedLine> lines)
    {
        var content = new MemoryStream();
        foreach (var line in lines)
        {
            var font = line.Bold ? "/F2" : "/F1";
            PdfWriter.Ascii(content, string.Create(CultureInfo.InvariantCulture,
                $"BT {font} {line.Size} Tf {line.X} {line.Y} Td ("));
            foreach (var b in WinAnsi.Encode(line.Text))
            {
                // Only these three are special inside a literal string; everything else, bytes over
                // 0x7F included, may stand as it is.
                if (b is (byte)'\\' or (byte)'(' or (byte)')')
                {
                    content.WriteByte((byte)'\\');
                }

                content.WriteByte(b);
            }

            PdfWriter.Ascii(content, ") Tj ET\n");
        }

        return content.ToArray();
    }
}
