using Microsoft.Playwright;
using Shouldly;

namespace Hearth.EndToEnd.Tests.Infrastructure;

/// <summary>
/// One user's browser session on the running app. Every page it reaches — by address, link or form,
/// error pages and pages showing validation errors included — is checked with axe-core before the
/// test goes on, so no page of a journey escapes the WCAG 2.2 AA check.
/// </summary>
public sealed class Journey : IAsyncDisposable
{
    private Journey(IPage page) => Page = page;

    public IPage Page { get; }

    /// <summary>The response of the last page reached (after any redirects).</summary>
    public IResponse? LastResponse { get; private set; }

    public static async Task<Journey> StartAsync(BrowserFixture browser, HearthServer server)
    {
        var page = await browser.NewPageAsync(server.BaseUrl);
        page.SetDefaultTimeout(15_000);
        page.SetDefaultNavigationTimeout(30_000);
        return new Journey(page);
    }

    /// <summary>A fresh browser, signed in through the sign-in page as a demo user, on "My work".</summary>
    public static async Task<Journey> SignedInAsync(BrowserFixture browser, HearthServer server, string userName)
    {
        var journey = await StartAsync(browser, server);
        await journey.SignInAsync(userName);
        return journey;
    }

    public ILocator TestId(string id) => Page.GetByTestId(id);

    /// <summary>Goes to <paramref name="path"/> and checks the page; fails unless it answers <paramref name="status"/>.</summary>
    public async Task<IResponse> GotoAsync(string path, int status = 200)
    {
        var response = await Page.GotoAsync(path) ?? throw new InvalidOperationException($"No response for {path}.");
        await ArrivedAsync(response, status);
        return response;
    }

    /// <summary>Clicks something that loads a new page (a link or a form's button), waits for it and checks it.</summary>
    public Task<IResponse> ClickAsync(ILocator target, int status = 200) => NavigateByAsync(() => target.ClickAsync(), status);

    public Task<IResponse> ClickAsync(string testId, int status = 200) => ClickAsync(TestId(testId), status);

    /// <summary>Does <paramref name="action"/>, which must load a new document, then checks the page.</summary>
    public async Task<IResponse> NavigateByAsync(Func<Task> action, int status = 200)
    {
        // Listening starts before the action, so a fast page cannot be missed; the load event is the
        // new document's own (the old one has already fired its), and its response is the last
        // document response before it (after any redirects).
        var loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        IResponse? document = null;
        void OnResponse(object? sender, IResponse response)
        {
            if (response.Request.IsNavigationRequest && response.Frame == Page.MainFrame)
            {
                document = response;
            }
        }
        void OnLoad(object? sender, IPage page) => loaded.TrySetResult();
        Page.Response += OnResponse;
        Page.Load += OnLoad;
        try
        {
            await action();
            await loaded.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (TimeoutException)
        {
            throw new InvalidOperationException($"The action did not load a new page (still on {Page.Url}).");
        }
        finally
        {
            Page.Response -= OnResponse;
            Page.Load -= OnLoad;
        }
        var arrived = document ?? throw new InvalidOperationException($"No document response was seen for {Page.Url}.");
        await ArrivedAsync(arrived, status);
        return arrived;
    }

    public async Task SignInAsync(string userName, string password = Hearth.Core.Data.Seeding.DemoAuthority.DemoPassword)
    {
        await GotoAsync("/sign-in");
        await TestId("UserName").FillAsync(userName);
        await TestId("Password").FillAsync(password);
        await ClickAsync("sign-in");
        (await Heading()).ShouldBe("My work");
    }

    /// <summary>The page's first-level heading, trimmed.</summary>
    public async Task<string> Heading() => (await Page.Locator("h1").First.InnerTextAsync()).Trim();

    /// <summary>The visible text of <c>main</c>.</summary>
    public async Task<string> MainText() => await Page.Locator("main").InnerTextAsync();

    public Task ScreenshotAsync(string name) => Screenshots.SaveAsync(Page, name);

    /// <summary>Opens one of the person record's tabs (Summary, Family and network, Case notes, ...).</summary>
    public Task<IResponse> OpenTabAsync(string name) =>
        ClickAsync(Page.GetByRole(AriaRole.Navigation, new() { Name = "Person record" }).GetByRole(AriaRole.Link, new() { Name = name, Exact = true }));

    private async Task ArrivedAsync(IResponse response, int status)
    {
        LastResponse = response;
        response.Status.ShouldBe(status, $"{response.Request.Method} {response.Url}");
        await Page.WaitForLoadStateAsync(LoadState.Load);
        await Accessibility.AssertNoAxeViolationsAsync(Page);
    }

    public async ValueTask DisposeAsync() => await Page.Context.CloseAsync();
}
