using Hearth.Web.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hearth.Cli;

/// <summary>
/// <c>./hearth &lt;command&gt;</c>: the commands that are not the web app, run against the same database
/// as <c>./hearth run</c> (data/hearth.db unless --postgres "..." or Database__* settings say otherwise).
/// </summary>
public static class CommandLine
{
    public const string Usage = """
        Usage: ./hearth <command> [options] [--postgres "Host=...;Database=..."]

          seed [--scale demo|county] [--seed 42] [--people N]
                                  demo: the small demo authority (as ./hearth run seeds on first start)
                                  county: a large county's people through the bulk path, with progress
          api-token --user NAME [--name LABEL] [--days 90]
                                  issue an API bearer token for a user (shown once)
          api-token --user NAME --revoke
                                  revoke every token the user holds
          reindex-search          rebuild every person's search keys (after an upgrade that changes them)
          export cin-census --year 2025-26 --out FILE.xml [--findings FILE.tsv]
                                  the CIN census for the year, built from the record and checked with the DfE rules
          import cin-census FILE.xml [--dry-run]
                                  bring another system's census file in as history (--dry-run: say what would change)
          validate cin-census FILE.xml --year 2025-26 [--findings FILE.tsv]
                                  check any census file with the DfE rules; findings as TSV (standard output by default)
          export ssda903 --year 2026-27 --out DIR [--findings FILE.tsv]
                                  the SSDA903 CSV tables and XML file for the year, built from the record and checked with the DfE rules
          import ssda903 DIR|FILE.xml --year 2025-26 [--dry-run]
                                  bring another system's 903 CSVs in as history (--dry-run: say what would change, child by child)
          validate ssda903 DIR|FILE.xml --year 2026-27 [--previous DIR] [--findings FILE.tsv]
                                  the DfE 903 rules on a folder of the return's CSVs (last year's for the rules that compare)
          help                    this text
        """;

    private static readonly HashSet<string> Commands = ["seed", "api-token", "reindex-search", "export", "import", "validate"];

    /// <summary>Commands that take a return name (and, for import and validate, a file) before their options.</summary>
    private static readonly HashSet<string> ReturnCommands = ["export", "import", "validate"];

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] is "help" or "--help" or "-h")
        {
            Console.WriteLine(Usage);
            return 0;
        }
        if (!Commands.Contains(args[0]))
        {
            return Unknown(args[0]);
        }
        var positional = ReturnCommands.Contains(args[0]) ? Positional(args) : [];
        if (positional is null)
        {
            return Unknown(string.Join(' ', args.Take(2)));
        }
        var options = Options.Parse(args.Skip(1 + positional.Length).ToArray());
        if (args[0] == "validate")
        {
            // Validating a file needs no database: it is the DfE's check on another system's return.
            return await Guarded(args[0], () => positional[0] == "ssda903"
                ? Ssda903Command.ValidateAsync(options, positional[1], Ssda903Reference(options))
                : CinCensusCommand.ValidateAsync(options, positional[1]));
        }
        var builder = Host.CreateApplicationBuilder(DatabaseChoice.TranslateArguments(options.Rest));
        // A command prints what it did; the framework's own chatter (SQL, migrations) stays out of it.
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddHearthRecord(DatabaseChoice.From(builder.Configuration, AppContext.BaseDirectory));
        using var host = builder.Build();
        await HearthServices.MigrateAsync(host.Services);
        return await Guarded(args[0], () => args[0] switch
        {
            "seed" => SeedCommand.RunAsync(host.Services, options),
            "api-token" => ApiTokenCommand.RunAsync(host.Services, options),
            "export" when positional[0] == "ssda903" => Ssda903Command.ExportAsync(host.Services, options),
            "export" => CinCensusCommand.ExportAsync(host.Services, options),
            "import" when positional[0] == "ssda903" => Ssda903Command.ImportAsync(host.Services, options, positional[1]),
            "import" => CinCensusCommand.ImportAsync(host.Services, options, positional[1]),
            _ => ReindexCommand.RunAsync(host.Services),
        });
    }

    /// <summary>
    /// The 903's configured reference data (the "Ssda903" section: LA code, postcode directory, Ofsted's register) for
    /// validating files without a database, read from the same configuration the other commands use.
    /// </summary>
    private static Hearth.Core.Returns.Ssda903.ReferenceData.Ssda903ReferenceData Ssda903Reference(Options options)
    {
        var configuration = Host.CreateApplicationBuilder(DatabaseChoice.TranslateArguments(options.Rest)).Configuration;
        var settings = configuration.GetSection(Hearth.Core.Returns.Ssda903.ReferenceData.Ssda903Options.Section)
            .Get<Hearth.Core.Returns.Ssda903.ReferenceData.Ssda903Options>() ?? new();
        return new(Microsoft.Extensions.Options.Options.Create(settings));
    }

    private static async Task<int> Guarded(string command, Func<Task<int>> run)
    {
        try
        {
            return await run();
        }
        catch (CommandException e)
        {
            await Console.Error.WriteLineAsync($"hearth {command}: {e.Message}");
            return 2;
        }
    }

    /// <summary>The return ("cin-census" or "ssda903") and, for import and validate, the file or folder; null when missing.</summary>
    private static string[]? Positional(string[] args)
    {
        var wanted = args[0] == "export" ? 1 : 2;
        var given = args.Skip(1).TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).Take(wanted).ToArray();
        return given.Length == wanted && given[0] is "cin-census" or "ssda903" ? given : null;
    }

    private static int Unknown(string command)
    {
        Console.Error.WriteLine($"hearth: there is no command '{command}'.");
        Console.Error.WriteLine(Usage);
        return 2;
    }
}

public sealed class CommandException(string message) : Exception(message);

/// <summary>"--name value" pairs for a command; anything else (like --postgres) passes through to configuration.</summary>
public sealed record Options(IReadOnlyDictionary<string, string> Values, string[] Rest)
{
    private static readonly HashSet<string> Known = ["--scale", "--seed", "--people", "--user", "--name", "--days", "--year", "--out", "--findings", "--previous"];
    private static readonly HashSet<string> Flags = ["--revoke", "--dry-run"];

    public static Options Parse(string[] args)
    {
        var values = new Dictionary<string, string>();
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (Flags.Contains(args[i]))
            {
                values[args[i]] = "true";
            }
            else if (Known.Contains(args[i]) && i + 1 < args.Length)
            {
                values[args[i]] = args[++i];
            }
            else
            {
                rest.Add(args[i]);
            }
        }
        return new Options(values, [.. rest]);
    }

    public string? Get(string name) => Values.GetValueOrDefault(name);

    public int GetInt(string name, int fallback) =>
        Values.TryGetValue(name, out var text)
            ? int.TryParse(text, out var value) && value >= 0 ? value : throw new CommandException($"{name} must be a whole number, not '{text}'.")
            : fallback;
}
