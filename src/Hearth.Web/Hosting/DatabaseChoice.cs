namespace Hearth.Web.Hosting;

/// <summary>
/// Which database Hearth runs on. Embedded SQLite under data/ unless told otherwise by
/// <c>--postgres "Host=..."</c>, <c>--sqlite path</c>, or configuration (Database:Provider,
/// Database:ConnectionString; as environment variables Database__Provider, Database__ConnectionString).
/// </summary>
public sealed record DatabaseChoice(string Provider, string ConnectionString)
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    public static DatabaseChoice From(IConfiguration configuration, string contentRoot)
    {
        var provider = (configuration["Database:Provider"] ?? Sqlite).Trim().ToLowerInvariant();
        var connection = configuration["Database:ConnectionString"];
        return provider switch
        {
            Postgres when !string.IsNullOrWhiteSpace(connection) => new(Postgres, connection),
            Postgres => throw new InvalidOperationException("Database:Provider is postgres but no Database:ConnectionString was given."),
            Sqlite => new(Sqlite, string.IsNullOrWhiteSpace(connection) ? DefaultSqlite(contentRoot) : connection),
            _ => throw new InvalidOperationException($"Database:Provider must be sqlite or postgres, not '{provider}'."),
        };
    }

    /// <summary>Turns the command-line shorthands into configuration keys, so every entry point reads one setting.</summary>
    public static string[] TranslateArguments(string[] args)
    {
        var result = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is "--postgres" && i + 1 < args.Length)
            {
                result.Add("--Database:Provider=postgres");
                result.Add($"--Database:ConnectionString={args[++i]}");
            }
            else if (args[i] is "--sqlite" && i + 1 < args.Length)
            {
                result.Add("--Database:Provider=sqlite");
                result.Add($"--Database:ConnectionString=Data Source={args[++i]}");
            }
            else
            {
                result.Add(args[i]);
            }
        }
        return [.. result];
    }

    /// <summary>
    /// data/hearth.db at the repository root when run from a checkout (found from the working folder
    /// first, so the app and every command agree wherever the build output lives), else beside the app.
    /// </summary>
    private static string DefaultSqlite(string contentRoot)
    {
        var root = RepositoryRoot(Directory.GetCurrentDirectory()) ?? RepositoryRoot(contentRoot);
        var dataDir = Path.Combine(root ?? contentRoot, "data");
        Directory.CreateDirectory(dataDir);
        return $"Data Source={Path.Combine(dataDir, "hearth.db")}";
    }

    private static string? RepositoryRoot(string start)
    {
        var dir = new DirectoryInfo(start);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Hearth.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName;
    }
}
