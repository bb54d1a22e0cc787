using Microsoft.Playwright;

namespace Hearth.EndToEnd.Tests.Infrastructure;

/// <summary>Full-page PNGs for the user guide, written to docs/screenshots/&lt;name&gt;.png.</summary>
public static class Screenshots
{
    public static string Directory => Path.Combine(RepositoryRoot.Path, "docs", "screenshots");

    public static Task SaveAsync(IPage page, string name) => SaveAsync(page, name, Directory);

    public static async Task SaveAsync(IPage page, string name, string directory)
    {
        if (string.IsNullOrWhiteSpace(name) || name.IndexOfAny(['/', '\\']) >= 0 || name.Contains(".."))
        {
            throw new ArgumentException($"'{name}' is not a plain file name.", nameof(name));
        }
        System.IO.Directory.CreateDirectory(directory);
        var file = Path.Combine(directory, name.EndsWith(".png", StringComparison.OrdinalIgnoreCase) ? name : name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true, Type = ScreenshotType.Png });
    }
}
