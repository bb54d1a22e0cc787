using Npgsql;
using Shouldly;
using Xunit;

namespace Hearth.Web.Tests.Infrastructure;

public sealed class PostgresServerTests
{
    [Fact]
    public async Task A_new_database_on_the_throwaway_server_answers_a_query()
    {
        // On a SQLite run this still proves the server when PostgreSQL is installed; otherwise it skips.
        var server = PostgresServer.RequireOrSkip();

        var connectionString = await server.CreateDatabaseAsync($"t_server_{Guid.NewGuid():N}", TestContext.Current.CancellationToken);

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand("select version()", connection);
        var version = (string?)await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
        version.ShouldNotBeNull();
        version.ShouldStartWith("PostgreSQL");
        connection.Database.ShouldStartWith("t_server_");
    }

    [Fact]
    public async Task Each_call_gives_a_different_empty_database_on_the_configured_provider()
    {
        var first = await TestDatabase.CreateAsync(nameof(Each_call_gives_a_different_empty_database_on_the_configured_provider));
        var second = await TestDatabase.CreateAsync(nameof(Each_call_gives_a_different_empty_database_on_the_configured_provider));

        first.Provider.ShouldBe(TestDatabase.ConfiguredProvider);
        first.ConnectionString.ShouldNotBe(second.ConnectionString);
        if (first.Provider == TestDatabase.Postgres)
        {
            await using var connection = new NpgsqlConnection(second.ConnectionString);
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = new NpgsqlCommand(
                "select count(*) from information_schema.tables where table_schema = 'public'", connection);
            ((long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!).ShouldBe(0);
        }
        else
        {
            first.ConnectionString.ShouldStartWith("Data Source=/");
            first.ConnectionString.ShouldEndWith(".db");
        }
    }
}

public sealed class TestDatabaseFixtureTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public void A_class_fixture_gives_the_class_its_own_database()
    {
        database.Provider.ShouldBe(TestDatabase.ConfiguredProvider);
        database.ConnectionString.ShouldNotBeNullOrWhiteSpace();
    }
}
