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
          help                    this text
        """;

    private static readonly HashSet<string> Commands = ["seed", "api-token", "reindex-search"];

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
        var options = Options.Parse(args.Skip(1).ToArray());
        var builder = Host.CreateApplicationBuilder(DatabaseChoice.TranslateArguments(options.Rest));
        // A command prints what it did; the framework's own chatter (SQL, migrations) stays out of it.
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddHearthRecord(DatabaseChoice.From(builder.Configuration, AppContext.BaseDirectory));
        using var host = builder.Build();
        await HearthServices.MigrateAsync(host.Services);
        try
        {
            return args[0] switch
            {
                "seed" => await SeedCommand.RunAsync(host.Services, options),
                "api-token" => await ApiTokenCommand.RunAsync(host.Services, options),
                _ => await ReindexCommand.RunAsync(host.Services),
            };
        }
        catch (CommandException e)
        {
            await Console.Error.WriteLineAsync($"hearth {args[0]}: {e.Message}");
            return 2;
        }
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
    private static readonly HashSet<string> Known = ["--scale", "--seed", "--people", "--user", "--name", "--days"];
    private static readonly HashSet<string> Flags = ["--revoke"];

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
