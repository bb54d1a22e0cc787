using System.Text;
using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Csv;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Csv.Ssda903CsvFixtures;

namespace Hearth.Core.Tests.Returns.Ssda903.Csv;

public sealed class Ssda903CsvReaderTests
{
    private const string HeaderCsv = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1001,F,14/03/2015,WBRI,P201123456789,,\n";
    private const string EpisodesHeader = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN";

    private static (string FileName, string Problem) Only(Ssda903ReadResult result)
    {
        result.Return.ShouldBeNull();
        var error = result.Errors.ShouldHaveSingleItem();
        return (error.FileName, $"{error.Row}: {error.Message}");
    }

    [Fact]
    public void The_fixture_reads_every_table_by_its_header()
    {
        var result = ReadFixture();
        var ret = result.Readable();

        result.Errors.ShouldBeEmpty();
        result.Warnings.ShouldBeEmpty();
        result.Tables["episodes.csv"].ShouldBe(Ssda903Table.Episodes);
        result.Tables["dolo.csv"].ShouldBe(Ssda903Table.Dolo);
        result.Tables.Count.ShouldBe(12);
        (ret.Header.Count, ret.Episodes.Count, ret.Reviews.Count, ret.Missing.Count, ret.Oc2.Count, ret.Oc3.Count, ret.SwEpisodes.Count, ret.Dolo.Count)
            .ShouldBe((6, 12, 7, 3, 3, 1, 7, 2));
        ret.Episodes.GroupBy(e => e.CHILD).Count().ShouldBe(6);
    }

    [Fact]
    public void The_B1_example_rows_read_as_text_with_empty_cells_null_and_rows_numbered()
    {
        var episodes = ReadFixture().Readable().Episodes;

        episodes.Select(e => e.Row).ShouldBe(Enumerable.Range(1, 12));
        var first = episodes[0];
        (first.CHILD, first.DECOM, first.RNE, first.LS, first.CIN, first.PLACE, first.PLACE_PROVIDER, first.DEC, first.REC)
            .ShouldBe(("566910", "15/02/2016", "L", "C2", "N3", "T2", "PR0", "14/08/2017", "X1"));
        (first.REASON_PLACE_CHANGE, first.HOME_POST, first.PL_POST, first.URN).ShouldBe(("CLOSE", null, null, "4244474"));
        var second = episodes[1];
        (second.DEC, second.HOME_POST, second.PL_POST, second.URN).ShouldBe((null, "EG19 7TT", "WV27 9FW", "8969628"));
        first.PersonId.ShouldBeNull();
    }

    [Fact]
    public void Values_are_trimmed_and_dates_are_not_parsed()
    {
        var ret = ReadText(("h.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n 1001 , F ,31/02/2015,  ,\"  P201 \",,\n")).Readable();

        var row = ret.Header.ShouldHaveSingleItem();
        (row.CHILD, row.SEX, row.DOB, row.ETHNIC, row.UPN, row.MOTHER, row.Row).ShouldBe(("1001", "F", "31/02/2015", null, "P201", null, 1));
    }

    [Fact]
    public void A_byte_order_mark_CRLF_line_endings_and_spaces_around_the_header_names_are_read()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(
            " CHILD , DOB,DOLO_START ,DOLO_END\r\n1004,11/11/2011,15/05/2026,14/11/2026\r\n1004,11/11/2011,15/11/2026,\r\n")).ToArray();

        var result = ReadBytes(("DoLO export.csv", bytes));

        result.Tables["DoLO export.csv"].ShouldBe(Ssda903Table.Dolo);
        result.Readable().Dolo.Select(d => (d.Row, d.DOLO_START, d.DOLO_END)).ShouldBe([(1, "15/05/2026", "14/11/2026"), (2, "15/11/2026", null)]);
    }

    [Fact]
    public void A_quoted_value_may_hold_a_comma_a_line_break_and_a_doubled_quote_mark() =>
        ReadText(("sw.csv", "CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON\n1001,01/01/2015,\"Smith, \"\"J\"\"\nteam 2\",01/04/2026,,\n1002,,x,,,\n"))
            .Readable().SwEpisodes.Select(s => (s.Row, s.SW_ID)).ShouldBe([(1, "Smith, \"J\"\nteam 2"), (2, "x")]);

    [Fact]
    public void Text_beyond_ASCII_in_UTF8_is_read() =>
        ReadText(("sw.csv", "CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON\n1001,,Zoé Ó Súilleabháin,,,\n"))
            .Readable().SwEpisodes.Single().SW_ID.ShouldBe("Zoé Ó Súilleabháin");

    [Fact]
    public void A_header_that_is_no_tables_is_refused() =>
        Only(ReadText(("x.csv", "A,B,C\n1,2,3\n")))
            .ShouldBe(("x.csv", "0: The file 'x.csv' has columns A, B, C, which are not the columns of any SSDA903 table."));

    [Fact]
    public void A_tables_columns_in_another_order_are_refused() =>
        Only(ReadText(("uasc.csv", "CHILD,DOB,SEX,DUC\n1003,01/09/2010,M,01/09/2028\n")))
            .ShouldBe(("uasc.csv", "0: The file 'uasc.csv' has the columns of the UASC table in a different order. " +
                                   "The DfE identifies the table by its exact header, so the columns must be in this order: CHILD, SEX, DOB, DUC."));

    [Fact]
    public void An_extra_column_is_refused() =>
        Only(ReadText(("uasc.csv", "CHILD,SEX,DOB,DUC,NOTES\n"))).Problem
            .ShouldBe("0: The file 'uasc.csv' has columns CHILD, SEX, DOB, DUC, NOTES, which are not the columns of any SSDA903 table.");

    [Fact]
    public void Two_files_for_one_table_are_refused() =>
        Only(ReadText(("header.csv", HeaderCsv), ("header (1).csv", HeaderCsv)))
            .ShouldBe(("header (1).csv", "0: The files 'header.csv' and 'header (1).csv' are both for the Header table. Upload one file for each table."));

    [Fact]
    public void A_row_with_too_few_cells_is_refused_with_its_row_number() =>
        Only(ReadText(("episodes.csv", EpisodesHeader + "\n1001,02/06/2026,S,V2,N1,U4,PR1,,,,,,\n1001,02/06/2026,S,V2,N1,U4,PR1,,,,,\n")))
            .ShouldBe(("episodes.csv", "2: Row 2 of 'episodes.csv' has 12 values, but the Episodes table has 13 columns. " +
                                       "Check for a missing or extra comma, or a value with a comma in it that is not in quote marks."));

    [Fact]
    public void A_row_with_an_unquoted_comma_is_refused_with_its_row_number() =>
        Only(ReadText(("reviews.csv", "CHILD,DOB,REVIEW,REVIEW_CODE\n1,01/01/2015,02/02/2026,PN1\n2,01/01/2015,02/02/2026,PN1,\n"))).Problem
            .ShouldStartWith("2: Row 2 of 'reviews.csv' has 5 values, but the Reviews table has 4 columns.");

    [Fact]
    public void An_unterminated_quote_is_refused_with_its_row_number() =>
        Only(ReadText(("reviews.csv", "CHILD,DOB,REVIEW,REVIEW_CODE\n1,01/01/2015,02/02/2026,PN1\n2,\"01/01/2015,02/02/2026,PN1\n3,,,\n")))
            .ShouldBe(("reviews.csv", "2: Row 2 of 'reviews.csv' has a quote mark (\") that is never closed, so Hearth cannot tell where the row ends. " +
                                      "Close the quote mark, or remove it."));

    [Fact]
    public void Text_after_a_closing_quote_is_refused() =>
        Only(ReadText(("reviews.csv", "CHILD,DOB,REVIEW,REVIEW_CODE\n1,\"01/01\"2015,02/02/2026,PN1\n"))).Problem
            .ShouldStartWith("1: Row 1 of 'reviews.csv' has text after the closing quote mark of a value.");

    [Fact]
    public void Bytes_that_are_not_UTF8_are_refused_with_their_row_number()
    {
        var latin1 = Encoding.Latin1.GetBytes("CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON\n1,01/01/2015,SW1,,,\n2,01/01/2015,Zoé,,,\n");

        Only(ReadBytes(("sw.csv", latin1)))
            .ShouldBe(("sw.csv", "2: The file 'sw.csv' is not saved as UTF-8 text: row 2 has a character Hearth cannot read (byte 0xE9). " +
                                 "Save it as 'CSV UTF-8' and upload it again."));
    }

    [Fact]
    public void A_bad_byte_in_the_header_line_is_row_0() =>
        Only(ReadBytes(("h.csv", [(byte)'C', 0xFF, (byte)'\n']))).Problem
            .ShouldStartWith("0: The file 'h.csv' is not saved as UTF-8 text: its header line has a character Hearth cannot read (byte 0xFF).");

    [Fact]
    public void A_bad_byte_at_the_start_of_a_row_is_that_row() =>
        Only(ReadBytes(("h.csv", [.. Encoding.UTF8.GetBytes(HeaderCsv), 0xC3, (byte)'x']))).Problem
            .ShouldStartWith("2: The file 'h.csv' is not saved as UTF-8 text: row 2 has");

    [Fact]
    public void A_file_over_the_size_limit_is_refused()
    {
        var options = new Ssda903ReadOptions { MaxBytes = 1024 * 1024 };
        var big = Encoding.UTF8.GetBytes(HeaderCsv + string.Concat(Enumerable.Repeat("1001,F,14/03/2015,WBRI,P201123456789,,\n", 30_000)));

        Only(ReadBytes(options, ("header.csv", big)))
            .ShouldBe(("header.csv", "0: The file 'header.csv' is larger than 1 MB, the largest SSDA903 file Hearth reads. Check it is the right file."));
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_without_a_length_to_check_first()
    {
        var options = new Ssda903ReadOptions { MaxBytes = 100 };
        var stream = new NonSeekable(Encoding.UTF8.GetBytes(HeaderCsv + HeaderCsv[39..] + HeaderCsv[39..]));

        var result = Ssda903CsvReader.Read([("header.csv", stream)], options);

        Only(result).Problem.ShouldBe("0: The file 'header.csv' is larger than 100 bytes, the largest SSDA903 file Hearth reads. Check it is the right file.");
    }

    [Fact]
    public void The_default_limit_is_50_MB() => Ssda903ReadOptions.Default.MaxBytes.ShouldBe(50L * 1024 * 1024);

    [Fact]
    public void An_empty_file_is_refused() =>
        Only(ReadText(("header.csv", ""))).Problem
            .ShouldBe("0: The file 'header.csv' is empty: it has no header line, so Hearth cannot tell which table it is.");

    [Fact]
    public void Empty_lines_are_read_past_with_a_warning_and_do_not_count_as_rows()
    {
        var result = ReadText(("reviews.csv", "CHILD,DOB,REVIEW,REVIEW_CODE\n1,,,\n\n2,,,\n\n\n"));

        result.Readable().Reviews.Select(r => (r.Row, r.CHILD)).ShouldBe([(1, "1"), (2, "2")]);
        result.Warnings.Select(w => (w.FileName, w.Row, w.Message)).ShouldContain(
            ("reviews.csv", 2, "The file 'reviews.csv' has an empty line after row 1, which Hearth read past."));
    }

    [Fact]
    public void A_missing_header_or_episodes_file_is_a_warning() =>
        ReadText(("reviews.csv", "CHILD,DOB,REVIEW,REVIEW_CODE\n")).Warnings.Select(w => w.Message).ShouldBe(
        [
            "There is no file for the Header table (CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB). The DfE needs one.",
            $"There is no file for the Episodes table ({EpisodesHeader}). The DfE needs one.",
        ]);

    [Fact]
    public void Reading_stops_after_the_most_errors_asked_for()
    {
        var result = ReadText(("reviews.csv", "CHILD,DOB,REVIEW,REVIEW_CODE\n" + string.Concat(Enumerable.Repeat("1,2\n", 10))));
        var limited = ReadBytes(new Ssda903ReadOptions { MaxErrors = 3 }, ("reviews.csv", Encoding.UTF8.GetBytes("CHILD,DOB,REVIEW,REVIEW_CODE\n" + string.Concat(Enumerable.Repeat("1,2\n", 10)))));

        result.Errors.Count.ShouldBe(10);
        limited.Errors.Select(e => e.Row).ShouldBe([1, 2, 3, 3]);
        limited.Errors[^1].Message.ShouldBe("Hearth stopped reading after 3 problems. Put these right and upload the files again.");
    }

    private sealed class NonSeekable(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }
}
