using Hearth.Core.Documents;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Documents.PdfInspection;

namespace Hearth.Core.Tests.Documents;

public class PdfLetterTextTests
{
    private static string RoundTrip(params string[] paragraphs) =>
        PdfText.ExtractText(PdfLetter.Render(new LetterDocument("Title", "Letterhead", paragraphs)));

    [Fact]
    public void Extracted_text_gives_back_letterhead_title_paragraphs_and_page_number_in_order()
    {
        var text = PdfText.ExtractText(PdfLetter.Render(PdfLetterStructureTests.Short));

        text.ShouldBe("""
            Children's Services, Demo County Council
            Outcome of your referral
            Dear Ms Patel,
            Thank you for your referral about Amy (aged 7).
            Yours sincerely,
            Duty Team
            Page 1 of 1
            """);
    }

    [Fact]
    public void Brackets_and_backslashes_are_escaped_and_come_back_unchanged()
    {
        var pdf = PdfLetter.Render(new LetterDocument("T", "L", [@"C:\cases\(1) ((nested)) ) ("]));

        ContentStreams(pdf)[0].ShouldContain(@"(C:\\cases\\\(1\) \(\(nested\)\) \) \() Tj");
        PdfText.ExtractText(pdf).ShouldContain(@"C:\cases\(1) ((nested)) ) (");
    }

    [Fact]
    public void Curly_quotes_dashes_and_the_euro_are_written_as_their_WinAnsi_bytes()
    {
        const string Typeset = "‘Fine’ – “really” — €5 … café";
        var stream = ContentStreams(PdfLetter.Render(new LetterDocument("T", "L", [Typeset])))[0];

        stream.ShouldContain("(\u0091Fine\u0092 \u0096 \u0093really\u0094 \u0097 \u00805 \u0085 caf\u00E9) Tj");
        RoundTrip(Typeset).ShouldContain(Typeset);
    }

    [Fact]
    public void Characters_outside_WinAnsi_become_a_question_mark_each()
    {
        RoundTrip("漢字 and 👍 and Ł").ShouldContain("?? and ? and ?");
    }

    [Fact]
    public void Control_characters_are_dropped_and_tabs_become_spaces()
    {
        RoundTrip("a\u0000b\u0007c\u001Bd\u0085e\u007Ff\tg\r\nh").ShouldContain("abcdef g\nh");
    }

    [Fact]
    public void Line_breaks_inside_a_paragraph_start_new_lines_and_blank_lines_are_kept_as_space()
    {
        RoundTrip("one\ntwo\n\nthree").ShouldContain("one\ntwo\nthree");
        var stream = ContentStreams(PdfLetter.Render(new LetterDocument("T", "L", ["one\ntwo\n\nthree"])))[0];
        stream.ShouldContain("72 691 Td (one)");
        stream.ShouldContain("72 676 Td (two)");
        stream.ShouldContain("72 646 Td (three)");
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData(") Tj ET BT (")]
    [InlineData("\\) Tj ET BT /F2 99 Tf (")]
    [InlineData("endstream\nendobj\ntrailer << /Root 9 0 R >>\nstartxref\n0\n%%EOF")]
    [InlineData("%PDF-1.7 1 0 obj << /Length 0 >> stream")]
    public void Hostile_text_stays_inside_its_string_and_comes_back_literally(string hostile)
    {
        var pdf = PdfLetter.Render(new LetterDocument(hostile, hostile, [hostile]));

        ShouldBeWellFormed(pdf);
        var lines = PdfText.ExtractText(pdf).Split('\n');
        lines.Count(l => l == hostile.Split('\n')[0]).ShouldBe(3);
        ContentStreams(pdf)[0].Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .ShouldAllBe(l => l.StartsWith("BT /F", StringComparison.Ordinal) && l.EndsWith(") Tj ET", StringComparison.Ordinal));
    }

    [Fact]
    public void Paragraphs_wrap_within_the_margins_by_Helvetica_widths()
    {
        var paragraph = string.Join(' ', Enumerable.Repeat("Wide WWW words and narrow iii ones", 30));
        var lines = RoundTrip(paragraph).Split('\n')[2..^1];

        lines.Length.ShouldBeGreaterThan(5);
        lines.ShouldAllBe(l => Helvetica.Width(l, false) * 11 <= 451_000);
        for (var i = 0; i < lines.Length - 1; i++)
        {
            var nextWord = lines[i + 1].Split(' ')[0];
            ((Helvetica.Width(lines[i], false) + 278 + Helvetica.Width(nextWord, false)) * 11).ShouldBeGreaterThan(451_000, "greedy: the next word did not fit");
        }

        string.Join(' ', lines).ShouldBe(paragraph);
    }

    [Fact]
    public void A_word_longer_than_the_line_is_broken_across_lines()
    {
        var word = new string('m', 120);
        var lines = RoundTrip($"see {word} end").Split('\n')[2..^1];

        // Like a browser's overflow-wrap, the long word starts its own line before it is cut.
        lines.Length.ShouldBe(4);
        lines[0].ShouldBe("see");
        lines[1].ShouldBe(new string('m', 49));
        lines[3].ShouldEndWith("m end");
        string.Concat(lines).Replace(" ", "").ShouldBe($"see{word}end");
        lines.ShouldAllBe(l => Helvetica.Width(l, false) * 11 <= 451_000);
    }

    [Fact]
    public void Helvetica_widths_follow_the_AFM_for_WinAnsi_codes()
    {
        Helvetica.Width("'", false).ShouldBe(191);
        Helvetica.Width("`", false).ShouldBe(333);
        Helvetica.Width("~", false).ShouldBe(584);
        Helvetica.Width("~", true).ShouldBe(584);
        Helvetica.Width("Hearth", false).ShouldBe(722 + 556 + 556 + 333 + 278 + 556);
        Helvetica.Width("Hearth", true).ShouldBe(722 + 556 + 556 + 389 + 333 + 611);
        Helvetica.Width("é", false).ShouldBe(556);
    }
}
