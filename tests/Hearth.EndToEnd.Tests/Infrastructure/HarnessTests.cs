using Microsoft.Playwright;
using Shouldly;
using Xunit;

namespace Hearth.EndToEnd.Tests.Infrastructure;

public sealed class HarnessTests(BrowserFixture browser)
{
    private const string GovukLikePage =
        """
        <!DOCTYPE html>
        <html lang="en" class="govuk-template">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>Find a child – Hearth – GOV.UK</title>
        </head>
        <body class="govuk-template__body">
          <a href="#main-content" class="govuk-skip-link">Skip to main content</a>
          <header class="govuk-header" role="banner">
            <div class="govuk-header__container govuk-width-container">
              <a href="/" class="govuk-header__link">Hearth</a>
            </div>
          </header>
          <div class="govuk-width-container">
            <main class="govuk-main-wrapper" id="main-content" role="main">
              <h1 class="govuk-heading-l">Find a child</h1>
              <form method="get" action="/people">
                <div class="govuk-form-group">
                  <label class="govuk-label" for="name">Name</label>
                  <div id="name-hint" class="govuk-hint">For example, Jamie Smith</div>
                  <input class="govuk-input" id="name" name="name" type="text" aria-describedby="name-hint">
                </div>
                <button type="submit" class="govuk-button" data-module="govuk-button">Search</button>
              </form>
            </main>
          </div>
          <footer class="govuk-footer" role="contentinfo">
            <div class="govuk-width-container"><p>Hearth</p></div>
          </footer>
        </body>
        </html>
        """;

    // The real GOV.UK Frontend stylesheet (from npm): without it links and buttons are too small for
    // WCAG 2.2's target-size rule, which is exactly the kind of thing the check must catch.
    private static Task WithGovukStylesAsync(IPage page) =>
        page.AddStyleTagAsync(new PageAddStyleTagOptions
        {
            Path = Path.Combine(RepositoryRoot.Path, "src", "Hearth.Web", "node_modules", "govuk-frontend", "dist", "govuk",
                "govuk-frontend.min.css"),
        });

    [Fact]
    public async Task A_well_formed_govuk_style_page_has_no_axe_violations()
    {
        var page = await browser.NewPageAsync();
        try
        {
            await page.SetContentAsync(GovukLikePage);
            await WithGovukStylesAsync(page);
            (await page.TitleAsync()).ShouldStartWith("Find a child");

            await Accessibility.AssertNoAxeViolationsAsync(page);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task An_image_without_alt_text_fails_the_accessibility_check()
    {
        var page = await browser.NewPageAsync();
        try
        {
            await page.SetContentAsync(GovukLikePage.Replace(
                "<h1 class=\"govuk-heading-l\">Find a child</h1>",
                "<h1 class=\"govuk-heading-l\">Find a child</h1><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\">"));
            await WithGovukStylesAsync(page);

            var failure = await Should.ThrowAsync<Exception>(() => Accessibility.AssertNoAxeViolationsAsync(page));

            failure.Message.ShouldContain("image-alt");
            failure.Message.ShouldContain("critical");
            failure.Message.ShouldContain("img");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_screenshot_is_a_full_page_png()
    {
        var page = await browser.NewPageAsync();
        var folder = Directory.CreateTempSubdirectory("hearth-screenshots-").FullName;
        try
        {
            await page.SetContentAsync(GovukLikePage);
            await WithGovukStylesAsync(page);

            await Screenshots.SaveAsync(page, "harness-check", folder);

            var bytes = await File.ReadAllBytesAsync(Path.Combine(folder, "harness-check.png"), TestContext.Current.CancellationToken);
            bytes.Length.ShouldBeGreaterThan(1000);
            bytes.Take(4).ShouldBe(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' });
            Screenshots.Directory.ShouldEndWith(Path.Combine("docs", "screenshots"));
        }
        finally
        {
            await page.Context.CloseAsync();
            Directory.Delete(folder, recursive: true);
        }
    }
}
