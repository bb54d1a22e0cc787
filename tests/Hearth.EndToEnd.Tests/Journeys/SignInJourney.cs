using Hearth.EndToEnd.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace Hearth.EndToEnd.Tests.Journeys;

/// <summary>A social worker signs in and lands on their work.</summary>
public sealed class SignInJourney(BrowserFixture browser, HearthServer server)
{
    [Fact]
    public async Task A_social_worker_signs_in_and_sees_my_work()
    {
        await using var journey = await Journey.StartAsync(browser, server);

        // Asking for a page first sends you to sign in.
        await journey.GotoAsync("/");
        journey.Page.Url.ShouldStartWith($"{server.BaseUrl}/sign-in");
        (await journey.Heading()).ShouldBe("Sign in to Hearth");
        await journey.ScreenshotAsync("01-sign-in");

        // Nothing typed: GOV.UK error summary, itself checked by axe.
        await journey.ClickAsync("sign-in");
        (await journey.TestId("error-summary").InnerTextAsync()).ShouldContain("Enter your user name");
        (await journey.Page.TitleAsync()).ShouldStartWith("Error: ");

        await journey.TestId("UserName").FillAsync("social.worker");
        await journey.TestId("Password").FillAsync(Hearth.Core.Data.Seeding.DemoAuthority.DemoPassword);
        await journey.ClickAsync("sign-in");

        (await journey.Heading()).ShouldBe("My work");
        journey.Page.Url.ShouldBe($"{server.BaseUrl}/");
        (await journey.TestId("sign-out").InnerTextAsync()).ShouldBe("Sign out Sam Okafor");
        await journey.ScreenshotAsync("02-my-work");
    }
}
