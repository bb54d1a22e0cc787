using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Csv;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Csv.Ssda903CsvFixtures;

namespace Hearth.Core.Tests.Returns.Ssda903.Csv;

public sealed class Ssda903CsvWriterTests : IDisposable
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "hearth-903-csv-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (System.IO.Directory.Exists(_output))
        {
            System.IO.Directory.Delete(_output, recursive: true);
        }
    }

    [Fact]
    public void Writing_the_fixture_return_gives_the_fixture_files_byte_for_byte()
    {
        var written = Ssda903CsvWriter.Write(ReadFixture().Readable(), _output, Year);

        written.Select(Path.GetFileName).Order().ShouldBe(System.IO.Directory.GetFiles(Ssda903CsvFixtures.Directory, "*.csv")
            .Select(Path.GetFileName).Order());
        foreach (var path in written)
        {
            File.ReadAllBytes(path).ShouldBe(File.ReadAllBytes(Path.Combine(Ssda903CsvFixtures.Directory, Path.GetFileName(path))),
                customMessage: Path.GetFileName(path));
        }
    }

    [Fact]
    public void Read_write_read_gives_an_equal_return()
    {
        var first = ReadFixture().Readable();
        Ssda903CsvWriter.Write(first, _output, Year);
        var second = Ssda903CsvReader.ReadDirectory(_output).Readable();

        Snapshot(second).ShouldBe(Snapshot(first));
    }

    [Fact]
    public void The_files_are_the_tables_named_in_the_brief_with_dolo_only_from_2026_27()
    {
        Ssda903CsvWriter.Write(new Ssda903Return(), _output, new CensusYear(2025)).Select(Path.GetFileName).ShouldBe(
        [
            "header.csv", "episodes.csv", "reviews.csv", "uasc.csv", "oc2.csv", "oc3.csv", "ad1.csv", "placed_for_adoption.csv",
            "previous_permanence.csv", "missing.csv", "social_worker_episodes.csv",
        ]);
        Ssda903CsvWriter.Write(new Ssda903Return(), _output, new CensusYear(2026)).Select(Path.GetFileName).ShouldContain("dolo.csv");
    }

    [Fact]
    public void An_empty_table_is_its_header_alone_in_UTF8_without_a_byte_order_mark()
    {
        Ssda903CsvWriter.Write(new Ssda903Return(), _output, Year);

        File.ReadAllBytes(Path.Combine(_output, "dolo.csv")).ShouldBe("CHILD,DOB,DOLO_START,DOLO_END\n"u8.ToArray());
    }

    [Fact]
    public void A_value_with_a_comma_a_quote_or_a_line_break_is_quoted()
    {
        var csv = Ssda903CsvWriter.ToCsv(Ssda903Columns.SwEpisodes,
        [
            new SwEpisodeRow { CHILD = "1001", DOB = "14/03/2015", SW_ID = "Smith, J", SW_DECOM = "say \"hi\"", SW_DEC = "a\nb", SW_REASON = "" },
        ]);

        csv.ShouldBe("CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON\n1001,14/03/2015,\"Smith, J\",\"say \"\"hi\"\"\",\"a\nb\",\n");
    }

    [Fact]
    public void A_value_with_a_comma_round_trips()
    {
        var ret = new Ssda903Return
        {
            SwEpisodes = [new SwEpisodeRow { Row = 1, CHILD = "1001", DOB = "14/03/2015", SW_ID = "Smith, J \"Jo\"", SW_DECOM = "01/04/2026" }],
        };
        using var writer = new StringWriter();
        Ssda903CsvWriter.WriteTable(writer, ret.SwEpisodes);

        var read = ReadText(("sw.csv", writer.ToString())).Readable();

        read.SwEpisodes.Single().SW_ID.ShouldBe("Smith, J \"Jo\"");
        Snapshot(read).ShouldBe(Snapshot(ret));
    }

    [Fact]
    public void A_row_of_another_table_is_refused() =>
        Should.Throw<ArgumentException>(() => Ssda903CsvWriter.ToCsv(Ssda903Columns.Reviews, [new MissingRow()]));
}
