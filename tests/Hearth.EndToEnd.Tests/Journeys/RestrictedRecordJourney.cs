using System.Text.RegularExpressions;
using Hearth.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;
using Shouldly;
using Xunit;

namespace Hearth.EndToEnd.Tests.Journeys;

/// <summary>
/// A manager restricts a record to themselves. To anyone else the record does not exist: its page is
/// the same "Page not found" as an address no record ever had.
/// </summary>
public sealed partial class RestrictedRecordJourney(BrowserFixture browser, HearthServer server)
{
    [Fact]
    public async Task A_restricted_record_looks_exactly_like_a_missing_one_to_anyone_not_on_the_list()
    {
        var child = await server.RecordChildAsync("Imogen", HearthServer.UniqueWord("R"), recordedBy: "team.manager");

        await using (var manager = await Journey.SignedInAsync(browser, server, "team.manager"))
        {
            await manager.GotoAsync($"/people/{child.Id}");
            await manager.ClickAsync("manage-restriction");
            (await manager.Heading()).ShouldBe("Restrict access to this record?");

            await manager.TestId("Restricted-yes").CheckAsync();
            var staff = manager.Page.Locator("input[name='AccessList']");
            var count = await staff.CountAsync();
            count.ShouldBeGreaterThan(1);
            for (var i = 0; i < count; i++)
            {
                var box = staff.Nth(i);
                var label = await manager.Page.Locator($"label[for='{await box.GetAttributeAsync("id")}']").InnerTextAsync();
                await box.SetCheckedAsync(label.StartsWith("Helen Marsh", StringComparison.Ordinal));
            }
            await manager.TestId("Reason").FillAsync("A relative of a member of staff");
            await manager.ScreenshotAsync("14-restrict-record");
            await manager.ClickAsync("save-restriction");

            manager.Page.Url.ShouldBe($"{server.BaseUrl}/people/{child.Id}");
            (await manager.TestId("restricted-tag").InnerTextAsync()).ShouldBe("Restricted record");
        }

        await using var other = await Journey.SignedInAsync(browser, server, "social.worker2");
        var restricted = await other.GotoAsync($"/people/{child.Id}", status: 404);
        var restrictedHtml = WithoutToken(await restricted.TextAsync());
        var restrictedMain = await other.MainText();
        (await other.Heading()).ShouldBe("Page not found");
        await other.ScreenshotAsync("15-page-not-found");

        var missing = await other.GotoAsync($"/people/{Guid.NewGuid()}", status: 404);
        var missingHtml = WithoutToken(await missing.TextAsync());
        (await other.Heading()).ShouldBe("Page not found");

        (await other.MainText()).ShouldBe(restrictedMain);
        restrictedHtml.ShouldBe(missingHtml);
        restrictedHtml.ShouldNotContain(child.LegalName.FamilyName);
    }

    private static string WithoutToken(string html) => TokenValue().Replace(html, "value=\"(token)\"");

    [GeneratedRegex("(?<=name=\"__RequestVerificationToken\" type=\"hidden\" )value=\"[^\"]*\"")]
    private static partial Regex TokenValue();
}
