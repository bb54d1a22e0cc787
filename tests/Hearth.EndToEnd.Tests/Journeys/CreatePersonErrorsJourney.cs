using Hearth.EndToEnd.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace Hearth.EndToEnd.Tests.Journeys;

/// <summary>A date that does not exist is refused with the GOV.UK error summary, and the page stays accessible.</summary>
public sealed class CreatePersonErrorsJourney(BrowserFixture browser, HearthServer server)
{
    [Fact]
    public async Task An_impossible_date_of_birth_shows_the_error_summary()
    {
        var family = HearthServer.UniqueWord("E");
        await using var journey = await Journey.SignedInAsync(browser, server, "social.worker");
        await journey.GotoAsync($"/people/search?q=Juniper+{family}");
        (await journey.TestId("result-count").InnerTextAsync()).ShouldBe("No matching people");
        await journey.ClickAsync("create-person");

        await journey.TestId("Input_DateOfBirth_Day").FillAsync("31");
        await journey.TestId("Input_DateOfBirth_Month").FillAsync("02");
        await journey.TestId("Input_DateOfBirth_Year").FillAsync("2020");
        await journey.TestId("Input_Sex-F").CheckAsync();
        await journey.ClickAsync("save-person");

        (await journey.Page.TitleAsync()).ShouldStartWith("Error: ");
        var summary = journey.TestId("error-summary");
        var message = (await summary.Locator("li").First.InnerTextAsync()).Trim();
        message.ShouldContain("real date");
        // The summary links to the first box of the date, as the Design System's date input does.
        var link = summary.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = message });
        (await link.GetAttributeAsync("href")).ShouldBe("#Input_DateOfBirth_Day");
        (await journey.Page.Locator("#Input_DateOfBirth-error").InnerTextAsync()).ShouldContain(message);
        // What was typed is kept.
        (await journey.TestId("Input_DateOfBirth_Day").InputValueAsync()).ShouldBe("31");
        (await journey.TestId("Input_GivenNames").InputValueAsync()).ShouldBe("Juniper");
        await journey.ScreenshotAsync("16-create-person-error");

        // Following the summary's link puts the cursor in the day box.
        await link.ClickAsync();
        await Microsoft.Playwright.Assertions.Expect(journey.TestId("Input_DateOfBirth_Day")).ToBeFocusedAsync();
    }
}
