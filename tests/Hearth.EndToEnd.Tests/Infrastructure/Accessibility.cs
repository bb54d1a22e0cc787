using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using Xunit;

namespace Hearth.EndToEnd.Tests.Infrastructure;

/// <summary>axe-core checks against WCAG 2.2 AA, run on every page an end-to-end journey visits.</summary>
public static class Accessibility
{
    /// <summary>The WCAG tags Hearth must meet (axe-core rule tags).</summary>
    public static readonly IReadOnlyList<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    // axe-core comes from npm (devDependency of src/Hearth.Web), installed by ./hearth.
    private static readonly Lazy<string> AxeSource = new(() =>
    {
        var path = Path.Combine(RepositoryRoot.Path, "src", "Hearth.Web", "node_modules", "axe-core", "axe.min.js");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path} is missing: run `npm ci` in src/Hearth.Web (./hearth test does).", path);
        }
        return File.ReadAllText(path);
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    public sealed record Violation(string Id, string? Impact, string Help, string HelpUrl, IReadOnlyList<string> Targets);

    /// <summary>Fails the test with each violation's id, impact, help text and target selectors.</summary>
    public static async Task AssertNoAxeViolationsAsync(IPage page)
    {
        var violations = await FindViolationsAsync(page);
        if (violations.Count == 0)
        {
            return;
        }

        var message = new StringBuilder($"axe-core found {violations.Count} accessibility violation(s) on {page.Url}:");
        foreach (var v in violations)
        {
            message.AppendLine().Append($"- {v.Id} ({v.Impact ?? "unknown impact"}): {v.Help} [{v.HelpUrl}]");
            foreach (var target in v.Targets)
            {
                message.AppendLine().Append($"    at {target}");
            }
        }
        Assert.Fail(message.ToString());
    }

    /// <summary>Runs axe-core on the page's current document and returns the WCAG 2.2 AA violations.</summary>
    public static async Task<IReadOnlyList<Violation>> FindViolationsAsync(IPage page)
    {
        // Evaluated through the DevTools protocol rather than a <script> tag, so the app's
        // Content-Security-Policy neither blocks axe nor has to be loosened for tests.
        var loaded = await page.EvaluateAsync<bool>("() => typeof window.axe !== 'undefined'");
        if (!loaded)
        {
            await page.EvaluateAsync("() => { " + AxeSource.Value + "\n}");
            if (!await page.EvaluateAsync<bool>("() => typeof window.axe !== 'undefined'"))
            {
                // The UMD wrapper may keep axe local when a module system is present; expose it.
                await page.EvaluateAsync("() => { const module = { exports: {} }; " + AxeSource.Value +
                                         "\n; window.axe = window.axe || module.exports; }");
            }
        }

        var json = await page.EvaluateAsync<string>(
            """
            async (tags) => {
              const results = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
              return JSON.stringify(results.violations.map(v => ({
                id: v.id,
                impact: v.impact,
                help: v.help,
                helpUrl: v.helpUrl,
                targets: v.nodes.map(n => n.target.map(t => Array.isArray(t) ? t.join(' >>> ') : t).join(' '))
              })));
            }
            """,
            WcagTags);

        return JsonSerializer.Deserialize<List<Violation>>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web)) ?? [];
    }
}
