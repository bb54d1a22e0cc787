using System.Net;
using Hearth.Core.Audit;
using Hearth.Core.Data;
using Hearth.Core.Data.Seeding;
using Hearth.Core.People;
using Hearth.EndToEnd.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

[assembly: AssemblyFixture(typeof(HearthServer))]

namespace Hearth.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The real app on Kestrel, on a free loopback port, over a fresh SQLite file seeded with the demo
/// authority (its demo users sign in with <see cref="DemoAuthority.DemoPassword"/>). One per test
/// assembly; tests make their own people where they change them, so journeys run side by side.
/// The browser tests run on SQLite only: the web tests cover PostgreSQL.
/// </summary>
public sealed class HearthServer : IAsyncLifetime
{
    /// <summary>Few enough to seed in seconds, enough for search to have something to find.</summary>
    public const int DemoChildren = 30;

    private WebApplicationFactory<Program>? factory;
    private string? folder;

    /// <summary>Where the app listens, like http://127.0.0.1:41234 (no trailing slash).</summary>
    public string BaseUrl { get; private set; } = "";

    public IServiceProvider Services => factory?.Services ?? throw new InvalidOperationException("The server has not started.");

    public async ValueTask InitializeAsync()
    {
        folder = Directory.CreateTempSubdirectory("hearth-e2e-").FullName;
        var database = Path.Combine(folder, "hearth.db");
        var kestrel = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Database:Provider", "sqlite");
            builder.UseSetting("Database:ConnectionString", $"Data Source={database}");
            builder.UseSetting("Hearth:SeedDemo", "true");
            builder.UseSetting("Hearth:DemoChildren", DemoChildren.ToString(System.Globalization.CultureInfo.InvariantCulture));
            // Stops HearthApp choosing its default port (5080), which a developer's own run may hold.
            builder.UseSetting("urls", "http://127.0.0.1:0");
        });
        kestrel.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        factory = kestrel;
        // Runs Program's entry point: migrate, seed, then start listening.
        await Task.Run(kestrel.StartServer);

        var addresses = kestrel.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        BaseUrl = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal))?.TrimEnd('/')
            ?? throw new InvalidOperationException($"Kestrel reported no http address ({string.Join(", ", addresses)}).");
    }

    public async ValueTask DisposeAsync()
    {
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }
        if (folder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp file must not fail the run.
            }
        }
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task<T> QueryAsync<T>(Func<HearthDbContext, Task<T>> query) =>
        InScopeAsync(sp => query(sp.GetRequiredService<HearthDbContext>()));

    /// <summary>
    /// Records a new child through the same service the pages use, as <paramref name="recordedBy"/>
    /// (a demo user name), with a name no other test uses.
    /// </summary>
    public Task<Person> RecordChildAsync(string givenName, string familyName, string recordedBy = "social.worker") =>
        InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<HearthDbContext>();
            var user = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == recordedBy);
            var details = new PersonDetails
            {
                GivenNames = givenName,
                FamilyName = familyName,
                DateOfBirth = new DateOnly(2016, 5, 14),
                Sex = "F",
            };
            return await sp.GetRequiredService<PersonService>().RecordPersonAsync(details,
                new AddressDetails("12 Orchard Lane", null, "Hearthton", "HT1 4QB", null),
                new ProcessContext(user.Id, user.UserName));
        });

    /// <summary>A name unlikely to sound like anyone seeded or recorded by another test.</summary>
    public static string UniqueWord(string prefix)
    {
        const string letters = "bcdfghjklmnpqrstvwxz";
        var id = Guid.NewGuid().ToByteArray();
        var chars = new char[6];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = i % 2 == 0 ? letters[id[i] % letters.Length] : "aeiou"[id[i] % 5];
        }
        return prefix + new string(chars);
    }
}
