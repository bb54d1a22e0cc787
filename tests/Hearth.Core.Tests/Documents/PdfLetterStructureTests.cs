using Hearth.Core.Documents;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Documents.PdfInspection;

namespace Hearth.Core.Tests.Documents;

public class PdfLetterStructureTests
{
    internal static readonly LetterDocument Short = new(
        "Outcome of your referral",
        "Children's Services, Demo County Council",
        ["Dear Ms Patel,", "Thank you for your referral about Amy (aged 7).", "Yours sincerely,\nDuty Team"]);

    [Fact]
    public void A_letter_starts_with_the_pdf_header_and_ends_with_eof()
    {
        var text = Latin1(PdfLetter.Render(Short));

        text.ShouldStartWith("%PDF-1.4\n");
        text.ShouldEndWith("%%EOF\n");
    }

    [Fact]
    public void Every_xref_offset_points_at_its_object_and_every_stream_length_is_exact()
    {
        var pdf = PdfLetter.Render(Short);

        ShouldBeWellFormed(pdf);
        XrefOffsets(Latin1(pdf)).Count.ShouldBe(8, "catalog, pages, two fonts, info, one page and its content");
    }

    [Fact]
    public void The_page_is_A4_and_uses_the_standard_Helvetica_fonts_in_WinAnsi()
    {
        var text = Latin1(PdfLetter.Render(Short));

        text.ShouldContain("/MediaBox [0 0 595 842]");
        text.ShouldContain("/Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding");
        text.ShouldContain("/Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding");
        text.ShouldContain("/Type /Catalog /Pages 2 0 R");
    }

    [Fact]
    public void The_info_dictionary_names_the_title_and_Hearth_as_producer_without_a_date()
    {
        var text = Latin1(PdfLetter.Render(Short with { Title = "Référral ✓" }));

        // UTF-16BE, so characters WinAnsi lacks survive in the document title.
        text.ShouldContain("/Title <FEFF005200E9006600E9007200720061006C00202713> /Producer (Hearth)");
        text.ShouldNotContain("CreationDate");
    }

    [Fact]
    public void The_same_letter_always_gives_the_same_bytes()
    {
        var copy = Short with { Paragraphs = [.. Short.Paragraphs] };

        PdfLetter.Render(copy).ShouldBe(PdfLetter.Render(Short));
    }

    [Fact]
    public void A_long_letter_flows_onto_a_second_page_with_page_numbers()
    {
        var paragraphs = Enumerable.Range(1, 40).Select(i => $"Paragraph {i} says something about the child.").ToList();
        var pdf = PdfLetter.Render(Short with { Paragraphs = paragraphs });

        ShouldBeWellFormed(pdf);
        PageCount(pdf).ShouldBe(2);
        var pages = ContentStreams(pdf);
        pages.Count.ShouldBe(2);
        pages[0].ShouldContain("(Page 1 of 2) Tj");
        pages[1].ShouldContain("(Page 2 of 2) Tj");
        pages[0].ShouldContain("(Children's Services, Demo County Council) Tj");
        pages[1].ShouldNotContain("Children's Services");
        pages[1].ShouldContain("(Paragraph 40 says something about the child.) Tj");
    }

    [Fact]
    public void No_line_is_placed_below_the_bottom_margin()
    {
        var paragraphs = Enumerable.Range(1, 200).Select(i => $"Line {i}\nand its second line").ToList();
        var pdf = PdfLetter.Render(Short with { Paragraphs = paragraphs });

        foreach (var page in ContentStreams(pdf))
        {
            var ys = page.Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Where(l => !l.Contains("(Page ", StringComparison.Ordinal))
                .Select(l => int.Parse(l.Split(' ')[5], System.Globalization.CultureInfo.InvariantCulture));
            ys.ShouldAllBe(y => y >= 72 && y <= 770);
        }
    }

    [Fact]
    public void Two_hundred_kilobytes_of_text_make_a_valid_pdf_of_many_numbered_pages()
    {
        var words = string.Join(' ', Enumerable.Range(0, 25_000).Select(i => $"word{i % 1000}"));
        var pdf = PdfLetter.Render(Short with { Paragraphs = [words, new string('x', 50_000)] });

        ShouldBeWellFormed(pdf);
        var pages = ContentStreams(pdf);
        pages.Count.ShouldBeGreaterThan(20);
        PageCount(pdf).ShouldBe(pages.Count);
        for (var i = 0; i < pages.Count; i++)
        {
            pages[i].ShouldContain($"(Page {i + 1} of {pages.Count}) Tj");
        }

        PdfText.ExtractText(pdf).ShouldContain("word998 word999 word0");
    }

    [Fact]
    public void An_empty_letter_is_still_one_valid_page()
    {
        var pdf = PdfLetter.Render(new LetterDocument("", "", []));

        ShouldBeWellFormed(pdf);
        PageCount(pdf).ShouldBe(1);
        PdfText.ExtractText(pdf).ShouldBe("Page 1 of 1");
    }
}
