using System.Text;
using Xunit;

namespace Hearth.Web.Tests.Infrastructure;

/// <summary>
/// A fresh, empty database for a test class, on the provider chosen by HEARTH_TEST_DATABASE
/// (`sqlite`, the default, or `postgres`). `./hearth test` runs this project once for each.
/// Use it as a class fixture (<c>IClassFixture&lt;TestDatabase&gt;</c>) or call <see cref="CreateAsync"/>.
/// On SQLite it is a new file in a temp folder of this process; on PostgreSQL a new database on the
/// process's shared <see cref="PostgresServer"/>. Both go when the process exits.
/// </summary>
public sealed class TestDatabase : IAsyncLifetime
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    private static readonly Lazy<string> SqliteFolder = new(CreateSqliteFolder, LazyThreadSafetyMode.ExecutionAndPublication);

    private string? connectionString;
    private string? unavailableReason;

    /// <summary>"sqlite" or "postgres".</summary>
    public string Provider { get; private set; } = ConfiguredProvider;

    /// <summary>The database's connection string; skips the test when PostgreSQL is not available.</summary>
    public string ConnectionString
    {
        get
        {
            Assert.SkipWhen(unavailableReason is not null, unavailableReason ?? "");
            return connectionString ?? throw new InvalidOperationException("The database has not been created yet.");
        }
    }

    /// <summary>The provider HEARTH_TEST_DATABASE asks for (sqlite when unset).</summary>
    public static string ConfiguredProvider
    {
        get
        {
            var value = Environment.GetEnvironmentVariable("HEARTH_TEST_DATABASE")?.Trim().ToLowerInvariant();
            return value switch
            {
                null or "" or "sqlite" => Sqlite,
                "postgres" or "postgresql" or "pg" => Postgres,
                _ => throw new InvalidOperationException($"HEARTH_TEST_DATABASE='{value}': use sqlite or postgres."),
            };
        }
    }

    public async ValueTask InitializeAsync()
    {
        // As a fixture, an unavailable PostgreSQL is remembered and turned into a skip when a test asks
        // for the connection string (a skip thrown from fixture set-up would be reported as an error).
        if (ConfiguredProvider == Postgres && !PostgresServer.Instance.IsAvailable)
        {
            Provider = Postgres;
            unavailableReason = $"PostgreSQL is not available: {PostgresServer.Instance.UnavailableReason}";
            return;
        }
        (Provider, connectionString) = await CreateAsync(GetType().Name);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>
    /// Creates a new empty database on the configured provider. When PostgreSQL is asked for but missing,
    /// the calling test is skipped (or fails, with HEARTH_REQUIRE_ALL=1 / CI=true).
    /// </summary>
    public static async Task<(string Provider, string ConnectionString)> CreateAsync(string? label = null)
    {
        var name = UniqueName(label);
        if (ConfiguredProvider == Postgres)
        {
            var server = PostgresServer.RequireOrSkip();
            return (Postgres, await server.CreateDatabaseAsync(name));
        }
        var file = Path.Combine(SqliteFolder.Value, name + ".db");
        return (Sqlite, $"Data Source={file}");
    }

    private static string UniqueName(string? label)
    {
        var clean = new StringBuilder("t_");
        foreach (var c in (label ?? "db").ToLowerInvariant())
        {
            if (clean.Length >= 40)
            {
                break;
            }
            clean.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        }
        return $"{clean}_{Guid.NewGuid():N}"[..Math.Min(63, clean.Length + 1 + 16)];
    }

    private static string CreateSqliteFolder()
    {
        var folder = Directory.CreateTempSubdirectory("hearth-tests-sqlite-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception)
            {
                // Leftover temp files must not fail the run.
            }
        };
        return folder;
    }
}
