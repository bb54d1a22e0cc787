using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Hearth.Core.Data;
using Hearth.Core.Workforce;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

[assembly: AssemblyFixture(typeof(Hearth.Web.Tests.Infrastructure.HearthWebApp))]

namespace Hearth.Web.Tests.Infrastructure;

/// <summary>
/// The real app on a real database (SQLite or PostgreSQL by HEARTH_TEST_DATABASE), shared by every test
/// in this assembly. Tests make their own uniquely named users and people, so they run side by side.
/// </summary>
public sealed partial class HearthWebApp : IAsyncLifetime
{
    private WebApplicationFactory<Program>? factory;
    public string Provider { get; private set; } = "";

    /// <summary>Everything the app logged during the run, to prove no personal data reaches the logs.</summary>
    public CollectedLogs Logs { get; } = new();

    public async ValueTask InitializeAsync()
    {
        var (provider, connectionString) = await TestDatabase.CreateAsync("web");
        Provider = provider;
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Database:Provider", provider);
            builder.UseSetting("Database:ConnectionString", connectionString);
            builder.UseSetting("Hearth:SeedDemo", "false");
            builder.UseSetting("urls", "http://127.0.0.1:0");
            builder.ConfigureServices(services => services.AddSingleton<Serilog.Core.ILogEventSink>(Logs));
        });
        _ = factory.Server;
    }

    public async ValueTask DisposeAsync()
    {
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }
        PostgresServer.StopIfStarted();
    }

    public IServiceProvider Services => factory!.Services;

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task<T> QueryAsync<T>(Func<HearthDbContext, Task<T>> query) =>
        InScopeAsync(sp => query(sp.GetRequiredService<HearthDbContext>()));

    /// <summary>A new user with a unique name in a new team.</summary>
    public Task<User> CreateUserAsync(Role role, string? name = null) => InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<HearthDbContext>();
        var team = new Team { Name = $"Team {Guid.NewGuid():N}"[..13] };
        db.Teams.Add(team);
        await db.SaveChangesAsync();
        // The whole GUID keeps names unique: cutting "IndependentReviewingOfficer.<guid>" to 30 characters
        // left two hex digits, and two such users in one run collided now and then.
        return await sp.GetRequiredService<UserAccounts>().CreateAsync($"{role.ToString()[..Math.Min(12, role.ToString().Length)]}.{Guid.NewGuid():N}".ToLowerInvariant(),
            name ?? $"{role} tester", role, team.Id, TestPassword);
    });

    public const string TestPassword = "correct-horse-battery";

    /// <summary>An HTTP client with no one signed in; cookies are kept between requests.</summary>
    public HttpClient AnonymousClient() =>
        factory!.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A browser-like client signed in through the real sign-in page.</summary>
    public async Task<PageClient> SignInAsync(User user)
    {
        var client = AnonymousClient();
        var page = new PageClient(client);
        var response = await page.PostFormAsync("/sign-in", new() { ["UserName"] = user.UserName, ["Password"] = TestPassword });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in failed for {user.UserName}: {(int)response.StatusCode}");
        }
        return page;
    }

    /// <summary>An API client with a bearer token issued to the user.</summary>
    public async Task<HttpClient> ApiClientAsync(User user)
    {
        var token = await InScopeAsync(sp => sp.GetRequiredService<UserAccounts>().IssueApiTokenAsync(user.Id, "tests", TimeSpan.FromHours(1)));
        var client = AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}

/// <summary>Drives pages the way a browser does: fetches the form for its antiforgery token, then posts.</summary>
public sealed partial class PageClient(HttpClient client)
{
    public HttpClient Http => client;

    public Task<HttpResponseMessage> GetAsync(string url) => client.GetAsync(url);

    public async Task<string> GetHtmlAsync(string url)
    {
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"GET {url} gave {(int)response.StatusCode}");
        }
        return html;
    }

    /// <summary>Posts a form to <paramref name="url"/> with the antiforgery token read from <paramref name="formPage"/> (default: the same url).</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string url, Dictionary<string, string> fields, string? formPage = null)
    {
        var page = await client.GetAsync(formPage ?? url);
        var html = await page.Content.ReadAsStringAsync();
        var token = TokenPattern().Match(html);
        var values = new List<KeyValuePair<string, string>>(fields);
        if (token.Success)
        {
            values.Add(new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value)));
        }
        return await client.PostAsync(url, new FormUrlEncodedContent(values));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

public static class JsonContentExtensions
{
    public static Task<T?> ReadJsonAsync<T>(this HttpResponseMessage response) => response.Content.ReadFromJsonAsync<T>();
}
