using Hearth.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit;

[assembly: AssemblyFixture(typeof(BrowserFixture))]

namespace Hearth.EndToEnd.Tests.Infrastructure;

/// <summary>
/// One headless Chromium for the whole test assembly: Debian's /usr/bin/chromium driven by Playwright.
/// Playwright's own browser download is never used (it cannot reach its CDN here, and the Debian
/// build is patched and updated by apt). The Node driver ships inside the Microsoft.Playwright NuGet
/// package (.playwright/ in the test output), so nothing else is fetched at run time.
/// Take it in a test class constructor: <c>public MyTests(BrowserFixture browser)</c>.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Debian's Chromium; HEARTH_CHROMIUM may point elsewhere (e.g. on a developer's machine).</summary>
    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("HEARTH_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ];

    private IPlaywright? playwright;
    private IBrowser? browser;

    public bool IsAvailable => browser is not null;

    /// <summary>Why there is no browser (null when there is one).</summary>
    public string? UnavailableReason { get; private set; }

    /// <summary>The browser; skips the calling test when Chromium is not installed.</summary>
    public IBrowser Browser
    {
        get
        {
            Assert.SkipWhen(browser is null, UnavailableReason ?? "Chromium is not available.");
            return browser!;
        }
    }

    /// <summary>
    /// True when a missing Chromium must fail the run rather than skip (HEARTH_REQUIRE_ALL=1 or CI=true).
    /// </summary>
    public static bool RequireAll =>
        IsSet(Environment.GetEnvironmentVariable("HEARTH_REQUIRE_ALL")) || IsSet(Environment.GetEnvironmentVariable("CI"));

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            UnavailableReason = $"{ChromiumPath} is missing: install it with `apt-get install chromium` (./hearth test does).";
            if (RequireAll)
            {
                throw new InvalidOperationException($"Chromium is required (HEARTH_REQUIRE_ALL=1 or CI=true) but {UnavailableReason}");
            }
            return;
        }

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
            Timeout = 120_000, // a cold start on a busy 2-core machine can be slow
        });
    }

    /// <summary>A fresh context (own cookies and storage) in British English and UK time.</summary>
    public Task<IBrowserContext> NewContextAsync(string? baseUrl = null) =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl,
            Locale = "en-GB",
            TimezoneId = "Europe/London",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });

    /// <summary>A page in a fresh context; close it with <c>page.Context.CloseAsync()</c>.</summary>
    public async Task<IPage> NewPageAsync(string? baseUrl = null)
    {
        var context = await NewContextAsync(baseUrl);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
            await browser.DisposeAsync();
        }
        playwright?.Dispose();
    }

    private static bool IsSet(string? value) =>
        value is not null && (value == "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase) ||
                              value.Equals("yes", StringComparison.OrdinalIgnoreCase));
}
