using Hearth.Cli;
using Shouldly;
using Xunit;

namespace Hearth.Web.Tests.Cli;

/// <summary>`./hearth validate ssda903 DIR`: the DfE 903 rules on a folder of CSVs, no database needed.</summary>
public sealed class Ssda903CommandTests
{
    private static string Synthetic => Path.Combine(AppContext.BaseDirectory, "Returns", "Fixtures", "ssda903-synthetic-2026-27");

    [Fact]
    public async Task A_folder_of_903_csvs_is_checked_and_its_findings_written_as_tsv()
    {
        var findings = Path.Combine(Path.GetTempPath(), $"903-{Guid.NewGuid():N}.tsv");

        (await CommandLine.RunAsync(["validate", "ssda903", Synthetic, "--year", "2026-27", "--findings", findings])).ShouldBe(0);

        var lines = await File.ReadAllLinesAsync(findings);
        lines[0].ShouldBe("CHILD\trule_code\ttable\trow\tcolumn\tvalue\tmessage");
        lines.Skip(1).ShouldAllBe(line => line.Split('\t').Length == 7);
    }

    [Fact]
    public async Task A_folder_that_cannot_be_read_fails_with_exit_code_2()
    {
        var folder = Directory.CreateTempSubdirectory("hearth-903-bad-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "episodes.csv"), "CHILD,WHATEVER\n1,2\n");

        (await CommandLine.RunAsync(["validate", "ssda903", folder, "--year", "2026-27"])).ShouldBe(2);
        (await CommandLine.RunAsync(["validate", "ssda903", "/no/such/folder", "--year", "2026-27"])).ShouldBe(2);
        (await CommandLine.RunAsync(["validate", "ssda903", Synthetic, "--year", "next year"])).ShouldBe(2);
    }
}
