using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Hearth.Core.Data;
using Hearth.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hearth.Benchmarks;

/// <summary>
/// What every measured load run shares: each step runs in a fresh process of this program and prints one RESULT line
/// with its timings and peak working set, which the parent reads, prints and summarises as medians.
/// </summary>
public static class LoadRunSteps
{
    private const string ResultMark = "RESULT";

    /// <summary>Runs this program again with <paramref name="args"/> and reads its RESULT line; prints it with the process's wall time.</summary>
    public static async Task<Dictionary<string, string>> Child(string[] args, string label)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("no process path");
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        }
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        var wall = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var text = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        wall.Stop();
        var line = text.Split('\n').LastOrDefault(l => l.StartsWith(ResultMark, StringComparison.Ordinal));
        if (process.ExitCode != 0 || line is null)
        {
            throw new InvalidOperationException($"{string.Join(' ', args.Take(1))} failed (exit {process.ExitCode}):\n{text}");
        }
        var values = line[ResultMark.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        values["process"] = Seconds(wall.Elapsed);
        Console.WriteLine($"  {label,-30} {string.Join("  ", values.Where(v => v.Key != "rules").Select(v => $"{v.Key} {v.Value}"))}");
        Console.WriteLine($"  {"",-30} findings by rule: {values.GetValueOrDefault("rules")}");
        return values;
    }

    public static void Summarise(string label, List<Dictionary<string, string>> runs, string[] keys) =>
        Console.WriteLine($"  {label,-30} " + string.Join("  ", keys.Select(key =>
        {
            var values = runs.Select(r => double.Parse(r[key], CultureInfo.InvariantCulture)).Order().ToList();
            return $"{key} {values[values.Count / 2].ToString(key == "peak_mb" ? "0" : "0.00", CultureInfo.InvariantCulture)}";
        })));

    /// <summary>Prints the step's figures on one line, with the process's peak working set so far (VmHWM on Linux).</summary>
    public static void Report(Dictionary<string, string> values)
    {
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        values["peak_mb"] = (self.PeakWorkingSet64 / 1024.0 / 1024.0).ToString("0", CultureInfo.InvariantCulture);
        // Processor time of the whole process (every thread, start-up included): on a shared machine
        // the wall time varies with the neighbours' load, this much less.
        values["cpu"] = Seconds(self.TotalProcessorTime);
        values["allocated_mb"] = (GC.GetTotalAllocatedBytes() / 1024.0 / 1024.0).ToString("0", CultureInfo.InvariantCulture);
        Console.WriteLine($"{ResultMark} " + string.Join(' ', values.Select(v => $"{v.Key}={v.Value}")));
    }

    public static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>The record's services on the chosen database, as the command-line tool has them, with the run's own settings.</summary>
    public static ServiceProvider Services(string[] databaseArgs, out DatabaseChoice database, bool logSql = false,
        Dictionary<string, string?>? settings = null)
    {
        var sqlite = Array.IndexOf(databaseArgs, "--sqlite");
        if (sqlite >= 0 && sqlite + 1 < databaseArgs.Length && Path.GetDirectoryName(Path.GetFullPath(databaseArgs[sqlite + 1])) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings ?? [])
            .AddCommandLine(DatabaseChoice.TranslateArguments(databaseArgs))
            .Build();
        database = DatabaseChoice.From(configuration, AppContext.BaseDirectory);
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(logging =>
            {
                logging.SetMinimumLevel(LogLevel.Warning);
                if (logSql)
                {
                    // --sql: each command the builder sends, with its time, on standard error.
                    logging.AddSimpleConsole(c => c.TimestampFormat = "HH:mm:ss.fff ")
                        .AddConsole(c => c.LogToStandardErrorThreshold = LogLevel.Trace)
                        .AddFilter(DbLoggerCategory.Database.Command.Name, LogLevel.Information);
                }
            })
            .AddHearthRecord(database);
        return services.BuildServiceProvider();
    }

    public static (Dictionary<string, string> Options, string[] Others) Split(string[] args, params string[] names)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (names.Contains(args[i]) && i + 1 < args.Length)
            {
                options[args[i]] = args[++i];
            }
            else
            {
                rest.Add(args[i]);
            }
        }
        return (options, [.. rest]);
    }

    public static int Int(Dictionary<string, string> options, string name, int fallback) =>
        options.TryGetValue(name, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    /// <summary>The findings' count by rule, most first: "8670Q:12,2885:3", or "none".</summary>
    public static string Rules(IEnumerable<string> ruleCodes)
    {
        var byRule = ruleCodes.GroupBy(code => code).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key}:{g.Count()}").ToList();
        return byRule.Count == 0 ? "none" : string.Join(',', byRule);
    }
}
