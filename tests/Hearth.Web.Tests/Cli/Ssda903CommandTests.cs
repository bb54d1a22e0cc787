using Hearth.Cli;
using Hearth.Core.Data;
using Hearth.Core.Returns.Ssda903.Csv;
using Hearth.Core.Returns.Ssda903.Record;
using Hearth.Core.Returns.Ssda903.Xml;
using Hearth.Web.Hosting;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace Hearth.Web.Tests.Cli;

/// <summary>
/// `./hearth validate ssda903 DIR` (the DfE 903 rules on a folder of CSVs, no database needed), and `export ssda903`
/// and `import ssda903` run in-process against their own database. The tests marked "Builds the 903" need the builder
/// and importer of branch 903-record.
/// </summary>
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

    private static async Task<string[]> DatabaseArgumentsAsync()
    {
        var (provider, connectionString) = await TestDatabase.CreateAsync("ssda903");
        return provider == TestDatabase.Postgres ? ["--postgres", connectionString] : ["--sqlite", connectionString["Data Source=".Length..]];
    }

    private static async Task<T> QueryAsync<T>(string[] database, Func<HearthDbContext, Task<T>> query)
    {
        var configuration = new ConfigurationBuilder().AddCommandLine(DatabaseChoice.TranslateArguments(database)).Build();
        await using var services = new ServiceCollection().AddLogging().AddHearthRecord(DatabaseChoice.From(configuration, AppContext.BaseDirectory)).BuildServiceProvider();
        // The commands migrate the database when they run; this may look before any has.
        await HearthServices.MigrateAsync(services);
        await using var scope = services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<HearthDbContext>());
    }

    private static Task<int> WrittenAsync(string[] database) => QueryAsync(database, async db =>
        await db.CarePeriods.CountAsync() + await db.People.CountAsync() + await db.ProcessEvents.CountAsync(e => e.Process == Ssda903Importer.Process));

    [Fact]
    public async Task Export_and_import_refuse_missing_or_wrong_arguments_and_unreadable_files_with_exit_code_2_writing_nothing()
    {
        var database = await DatabaseArgumentsAsync();
        var before = await WrittenAsync(database);
        var unreadable = Directory.CreateTempSubdirectory("hearth-903-import-bad-").FullName;
        await File.WriteAllTextAsync(Path.Combine(unreadable, "header.csv"), $"{Ssda903Columns.Header.HeaderLine}\n1,F,14/03/2015,WBRI,UN2,,,extra\n");
        var latin1 = Directory.CreateTempSubdirectory("hearth-903-import-latin1-").FullName;
        await File.WriteAllBytesAsync(Path.Combine(latin1, "header.csv"),
            System.Text.Encoding.Latin1.GetBytes($"{Ssda903Columns.Header.HeaderLine}\n1,F,14/03/2015,Zoé,UN2,,\n"));

        (await CommandLine.RunAsync(["export", "ssda903", "--year", "2026-27", .. database])).ShouldBe(2);
        (await CommandLine.RunAsync(["export", "ssda903", "--out", "somewhere", .. database])).ShouldBe(2);
        (await CommandLine.RunAsync(["export", "ssda903", "--year", "next year", "--out", "somewhere", .. database])).ShouldBe(2);
        (await CommandLine.RunAsync(["import", "ssda903", "--year", "2025-26", .. database])).ShouldBe(2);
        (await CommandLine.RunAsync(["import", "ssda903", Synthetic, .. database])).ShouldBe(2);
        (await CommandLine.RunAsync(["import", "ssda903", Synthetic, "--year", "2025-27", .. database])).ShouldBe(2);
        (await CommandLine.RunAsync(["import", "ssda903", "/no/such/folder", "--year", "2025-26", .. database])).ShouldBe(2);
        (await CommandLine.RunAsync(["import", "ssda903", unreadable, "--year", "2025-26", .. database])).ShouldBe(2);
        (await CommandLine.RunAsync(["import", "ssda903", latin1, "--year", "2025-26", .. database])).ShouldBe(2);
        (await CommandLine.RunAsync(["import", "903", Synthetic, "--year", "2025-26", .. database])).ShouldBe(2);
        (await WrittenAsync(database)).ShouldBe(before);
    }

    [Fact]
    public async Task The_folder_hash_is_over_the_csv_files_bytes_in_name_order()
    {
        var folder = Directory.CreateTempSubdirectory("hearth-903-hash-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "b.csv"), "B");
        await File.WriteAllTextAsync(Path.Combine(folder, "a.csv"), "A");
        await File.WriteAllTextAsync(Path.Combine(folder, "notes.txt"), "not read");

        (await Ssda903Command.Sha256Async(folder)).ShouldBe(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData("AB"u8)).ToLowerInvariant());
    }

    /// <summary>Builds the 903: the synthetic return imported (after a dry run that writes nothing) and exported again.</summary>
    [Fact]
    public async Task A_dry_run_writes_nothing_then_the_import_and_the_export_of_its_year_carry_the_same_children()
    {
        var database = await DatabaseArgumentsAsync();
        var before = await WrittenAsync(database);

        (await CommandLine.RunAsync(["import", "ssda903", Synthetic, "--year", "2026-27", "--dry-run", .. database])).ShouldBe(0);
        (await WrittenAsync(database)).ShouldBe(before);

        (await CommandLine.RunAsync(["import", "ssda903", Synthetic, "--year", "2026-27", .. database])).ShouldBe(0);
        (await QueryAsync(database, db => db.CarePeriods.CountAsync())).ShouldBeGreaterThan(0);

        var folder = Path.Combine(Path.GetTempPath(), $"ssda903-{Guid.NewGuid():N}");
        var findings = folder + ".tsv";
        (await CommandLine.RunAsync(["export", "ssda903", "--year", "2026-27", "--out", folder, "--findings", findings, .. database])).ShouldBe(0);
        Directory.GetFiles(folder, "*.csv").Select(Path.GetFileName).ShouldBe(Ssda903Columns.For(2026).Select(t => t.FileName), ignoreOrder: true);
        var exported = Ssda903CsvReader.ReadDirectory(folder);
        exported.Errors.ShouldBeEmpty();
        var original = Ssda903CsvReader.ReadDirectory(Synthetic).Return!;
        // Every child looked after in the year is in the export; a child the file holds only for an earlier year is not.
        exported.Return!.Header.ShouldNotBeEmpty();
        exported.Return.Header.Select(h => h.CHILD).ShouldBeSubsetOf(original.Header.Select(h => h.CHILD));
        File.ReadLines(findings).First().ShouldBe("CHILD\trule_code\ttable\trow\tcolumn\tvalue\tmessage");
    }

    /// <summary>Builds the 903: the export writes the XML form beside the CSV tables, and an XML file imports like the CSVs.</summary>
    [Fact]
    public async Task The_export_writes_the_return_as_xml_too_and_one_xml_file_imports()
    {
        var database = await DatabaseArgumentsAsync();
        var source = Path.Combine(Path.GetTempPath(), $"ssda903-{Guid.NewGuid():N}.xml");
        Ssda903XmlWriter.Write(Ssda903CsvReader.ReadDirectory(Synthetic).Return!, source);
        var before = await WrittenAsync(database);
        (await CommandLine.RunAsync(["import", "ssda903", source, "--year", "2026-27", "--dry-run", .. database])).ShouldBe(0);
        (await WrittenAsync(database)).ShouldBe(before);
        (await CommandLine.RunAsync(["import", "ssda903", source, "--year", "2026-27", .. database])).ShouldBe(0);
        (await QueryAsync(database, db => db.CarePeriods.CountAsync())).ShouldBeGreaterThan(0);

        var folder = Path.Combine(Path.GetTempPath(), $"ssda903-{Guid.NewGuid():N}");
        (await CommandLine.RunAsync(["export", "ssda903", "--year", "2026-27", "--out", folder, .. database])).ShouldBe(0);
        var xml = Path.Combine(folder, "ssda903-2026-27.xml");
        File.Exists(xml).ShouldBeTrue();
        var read = Ssda903XmlReader.ReadFile(xml);
        read.Errors.ShouldBeEmpty();
        var csv = Ssda903CsvReader.ReadDirectory(folder).Return!;
        read.Return!.Header.Select(h => h.CHILD).ShouldBe(csv.Header.Select(h => h.CHILD), ignoreOrder: true);
        read.Return.Episodes.Count.ShouldBe(csv.Episodes.Count);

        // validate takes the XML file too.
        (await CommandLine.RunAsync(["validate", "ssda903", xml, "--year", "2026-27", "--findings", folder + ".tsv"])).ShouldBe(0);
    }
}
