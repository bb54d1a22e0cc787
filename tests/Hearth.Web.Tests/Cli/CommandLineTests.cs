using Hearth.Cli;
using Hearth.Core.Data;
using Hearth.Web.Hosting;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace Hearth.Web.Tests.Cli;

/// <summary>The `./hearth` commands, run in-process against their own database on the configured provider.</summary>
public sealed class CommandLineTests
{
    private static async Task<string[]> DatabaseArgumentsAsync()
    {
        var (provider, connectionString) = await TestDatabase.CreateAsync("cli");
        return provider == TestDatabase.Postgres ? ["--postgres", connectionString] : ["--sqlite", connectionString["Data Source=".Length..]];
    }

    private static async Task<T> QueryAsync<T>(string[] database, Func<HearthDbContext, Task<T>> query)
    {
        var configuration = new ConfigurationBuilder().AddCommandLine(DatabaseChoice.TranslateArguments(database)).Build();
        await using var services = new ServiceCollection().AddLogging().AddHearthRecord(DatabaseChoice.From(configuration, AppContext.BaseDirectory)).BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<HearthDbContext>());
    }

    [Fact]
    public async Task County_seed_writes_the_people_asked_for_and_rebuilding_the_search_keys_keeps_them_findable()
    {
        var database = await DatabaseArgumentsAsync();
        (await CommandLine.RunAsync(["seed", "--scale", "county", "--people", "60", "--seed", "7", .. database])).ShouldBe(0);
        var people = await QueryAsync(database, db => db.People.CountAsync(p => p.Reference.StartsWith("S")));
        people.ShouldBeInRange(60, 64);
        var keysBefore = await QueryAsync(database, db => db.PersonSearchKeys.CountAsync());
        // Each county person has their PersonRecorded event (the demo authority's looked-after children, recorded through
        // the services, have theirs too, so only the county's are counted).
        (await QueryAsync(database, db => db.ProcessEvents.CountAsync(e => e.EventType == "PersonRecorded"
            && db.ProcessEventSubjects.Any(s => s.ProcessEventId == e.Id && db.People.Any(p => p.Id == s.PersonId && p.Reference.StartsWith("S"))))))
            .ShouldBe(people);

        (await CommandLine.RunAsync(["reindex-search", .. database])).ShouldBe(0);
        (await QueryAsync(database, db => db.PersonSearchKeys.CountAsync())).ShouldBe(keysBefore);
        (await CommandLine.RunAsync(["api-token", "--user", "social.worker", .. database])).ShouldBe(0);
    }

    [Fact]
    public async Task Unknown_commands_and_bad_options_fail_with_a_message_and_exit_code_2()
    {
        var database = await DatabaseArgumentsAsync();

        (await CommandLine.RunAsync(["frobnicate"])).ShouldBe(2);
        (await CommandLine.RunAsync(["seed", "--scale", "galaxy", .. database])).ShouldBe(2);
        (await CommandLine.RunAsync(["seed", "--people", "lots", .. database])).ShouldBe(2);
        (await CommandLine.RunAsync(["api-token", "--user", "nobody", .. database])).ShouldBe(2);
    }
}
