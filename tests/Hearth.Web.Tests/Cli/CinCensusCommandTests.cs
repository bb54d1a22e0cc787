using Hearth.Cli;
using Hearth.Core.Data;
using Hearth.Core.Returns.CinCensus.Xml;
using Hearth.Web.Hosting;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace Hearth.Web.Tests.Cli;

/// <summary>`./hearth export|import|validate cin-census`, run in-process against their own database.</summary>
public sealed class CinCensusCommandTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Returns", "Fixtures", name);

    private static async Task<string[]> DatabaseArgumentsAsync()
    {
        var (provider, connectionString) = await TestDatabase.CreateAsync("census");
        return provider == TestDatabase.Postgres ? ["--postgres", connectionString] : ["--sqlite", connectionString["Data Source=".Length..]];
    }

    private static async Task<int> EpisodesAsync(string[] database)
    {
        var configuration = new ConfigurationBuilder().AddCommandLine(DatabaseChoice.TranslateArguments(database)).Build();
        await using var services = new ServiceCollection().AddLogging().AddHearthRecord(DatabaseChoice.From(configuration, AppContext.BaseDirectory)).BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HearthDbContext>().CinEpisodes.CountAsync();
    }

    [Fact]
    public async Task A_dry_run_writes_nothing_then_the_import_and_the_export_of_its_year_carry_the_same_children()
    {
        var database = await DatabaseArgumentsAsync();
        var file = Fixture("cin-census-synthetic-2025-26.xml");

        (await CommandLine.RunAsync(["import", "cin-census", file, "--dry-run", .. database])).ShouldBe(0);
        (await EpisodesAsync(database)).ShouldBe(0);

        (await CommandLine.RunAsync(["import", "cin-census", file, .. database])).ShouldBe(0);
        (await EpisodesAsync(database)).ShouldBe(8);

        var exported = Path.Combine(Path.GetTempPath(), $"cin-census-{Guid.NewGuid():N}.xml");
        var findings = Path.ChangeExtension(exported, ".tsv");
        (await CommandLine.RunAsync(["export", "cin-census", "--year", "2025-26", "--out", exported, "--findings", findings, .. database])).ShouldBe(0);
        await using var stream = File.OpenRead(exported);
        var read = CinCensusXmlReader.Read(stream);
        read.Errors.ShouldBeEmpty();
        read.Message!.Children.Select(c => c.LaChildId).ShouldBe(["CHILD001", "CHILD002", "CHILD003", "CHILD004", "CHILD005", "CHILD006", "CHILD007"]);
        File.ReadLines(findings).First().ShouldStartWith("LAchildID\trule_code");
    }

    [Fact]
    public async Task Validating_the_dfe_sample_needs_no_database_and_lists_its_findings()
    {
        var findings = Path.Combine(Path.GetTempPath(), $"findings-{Guid.NewGuid():N}.tsv");

        (await CommandLine.RunAsync(["validate", "cin-census", Fixture("cin-census-2024-sample.xml"), "--year", "2024-25", "--findings", findings])).ShouldBe(0);

        var rows = File.ReadLines(findings).Skip(1).Select(line => line.Split('\t')).ToList();
        rows.Count(r => r[0] != "nan" || r[2] == "Header").ShouldBe(33);
    }

    [Fact]
    public async Task A_file_that_cannot_be_read_and_missing_arguments_fail_with_exit_code_2_and_change_nothing()
    {
        var database = await DatabaseArgumentsAsync();
        var hostile = Path.Combine(Path.GetTempPath(), $"xxe-{Guid.NewGuid():N}.xml");
        await File.WriteAllTextAsync(hostile, """<?xml version="1.0"?><!DOCTYPE m [<!ENTITY x SYSTEM "file:///etc/passwd">]><Message>&x;</Message>""");

        (await CommandLine.RunAsync(["import", "cin-census", hostile, .. database])).ShouldBe(2);
        (await CommandLine.RunAsync(["import", "cin-census", "/no/such/file.xml", .. database])).ShouldBe(2);
        (await CommandLine.RunAsync(["export", "cin-census", "--year", "last year", "--out", "x.xml", .. database])).ShouldBe(2);
        (await CommandLine.RunAsync(["export", "cin-census", "--year", "2025-26", .. database])).ShouldBe(2);
        (await CommandLine.RunAsync(["export", "903", .. database])).ShouldBe(2);
        (await EpisodesAsync(database)).ShouldBe(0);
    }

    /// <summary>Acceptance 4 of issue 5, end to end: each hostile file is refused and nothing is written.</summary>
    [Fact]
    public async Task Hostile_files_are_refused_with_exit_code_2_and_nothing_is_written()
    {
        var database = await DatabaseArgumentsAsync();
        var synthetic = await File.ReadAllBytesAsync(Fixture("cin-census-synthetic-2025-26.xml"));
        var files = new Dictionary<string, Func<string, Task>>
        {
            ["xxe"] = path => File.WriteAllTextAsync(path,
                """<?xml version="1.0"?><!DOCTYPE Message [<!ENTITY x SYSTEM "file:///etc/passwd">]><Message><Header/><Children/>&x;</Message>"""),
            ["billion-laughs"] = path => File.WriteAllTextAsync(path, """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
                <Message>&lol3;</Message>
                """),
            ["200mb"] = async path =>
            {
                // A sparse file: 200 MB long without writing 200 MB.
                await using var file = File.Create(path);
                file.SetLength(200L * 1024 * 1024);
            },
            ["wrong-encoding"] = path => File.WriteAllBytesAsync(path,
                [.. synthetic.Take(600), 0xE9, 0xFF, .. synthetic.Skip(600)]),
            ["truncated"] = path => File.WriteAllBytesAsync(path, synthetic[..(synthetic.Length / 2)]),
        };
        foreach (var (name, write) in files)
        {
            var path = Path.Combine(Path.GetTempPath(), $"{name}-{Guid.NewGuid():N}.xml");
            await write(path);
            (await CommandLine.RunAsync(["import", "cin-census", path, .. database])).ShouldBe(2, name);
            File.Delete(path);
        }
        (await EpisodesAsync(database)).ShouldBe(0);
    }
}
