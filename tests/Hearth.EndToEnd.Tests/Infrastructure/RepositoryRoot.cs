using System.Reflection;

namespace Hearth.EndToEnd.Tests.Infrastructure;

/// <summary>The folder holding Hearth.slnx, where node_modules and docs/ live.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string Path => Root.Value;

    private static string Find()
    {
        // Test output is usually below the repository; with HEARTH_ARTIFACTS it is elsewhere (e.g. /tmp),
        // so the project records its own folder at build time as a fallback.
        var recorded = typeof(RepositoryRoot).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "HearthRepositoryRoot")?.Value;
        var candidates = new[] { AppContext.BaseDirectory, recorded, Environment.CurrentDirectory };
        foreach (var start in candidates)
        {
            for (var dir = string.IsNullOrEmpty(start) ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "Hearth.slnx")))
                {
                    return dir.FullName;
                }
            }
        }
        throw new InvalidOperationException(
            $"Could not find Hearth.slnx above {AppContext.BaseDirectory}, {recorded ?? "(no recorded root)"} or {Environment.CurrentDirectory}.");
    }
}
