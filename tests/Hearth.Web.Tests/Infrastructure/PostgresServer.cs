using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Npgsql;
using Xunit;

namespace Hearth.Web.Tests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL cluster for one test process: initdb into a temp folder, pg_ctl start on
/// 127.0.0.1 with a free port, stopped and deleted when the process exits. Debian's PostgreSQL 15
/// (`apt-get install postgresql`) keeps initdb/pg_ctl under /usr/lib/postgresql/N/bin, off PATH.
/// PostgreSQL refuses to run as root, so as root every command runs through `runuser -u postgres`.
/// </summary>
public sealed partial class PostgresServer
{
    private const string TempPrefix = "hearth-pg-";
    private const string OwnerFile = "owner.pid";

    private static readonly Lazy<PostgresServer> SharedServer = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly string? tempDirectory;
    private readonly string? dataDirectory;
    private readonly string? pgCtl;
    private readonly bool asPostgresUser;
    private int stopped;

    private PostgresServer(string reason)
    {
        IsAvailable = false;
        UnavailableReason = reason;
    }

    private PostgresServer(string tempDirectory, string dataDirectory, string pgCtl, bool asPostgresUser, int port)
    {
        this.tempDirectory = tempDirectory;
        this.dataDirectory = dataDirectory;
        this.pgCtl = pgCtl;
        this.asPostgresUser = asPostgresUser;
        Port = port;
        IsAvailable = true;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop();
    }

    /// <summary>The one server of this test process, started on first use.</summary>
    public static PostgresServer Instance => SharedServer.Value;

    /// <summary>
    /// Stops the server, if this process started one, while the test run is still going (the assembly
    /// fixture's disposal). Left to process exit, a stop slowed by a busy machine overran the test
    /// host's 10 seconds for exit and the run was failed though every test had passed.
    /// </summary>
    public static void StopIfStarted()
    {
        if (SharedServer.IsValueCreated)
        {
            SharedServer.Value.Stop();
        }
    }

    public bool IsAvailable { get; }

    /// <summary>Why the server could not start (null when it runs).</summary>
    public string? UnavailableReason { get; }

    public int Port { get; }

    /// <summary>
    /// True when missing PostgreSQL or Chromium must fail the run rather than skip tests
    /// (HEARTH_REQUIRE_ALL=1, or CI=true as CI sets it).
    /// </summary>
    public static bool RequireAll =>
        IsSet(Environment.GetEnvironmentVariable("HEARTH_REQUIRE_ALL")) || IsSet(Environment.GetEnvironmentVariable("CI"));

    /// <summary>Skips the calling test (xunit v3 dynamic skip) when the server is not available.</summary>
    public static PostgresServer RequireOrSkip()
    {
        var server = Instance;
        Assert.SkipUnless(server.IsAvailable, $"PostgreSQL is not available: {server.UnavailableReason}");
        return server;
    }

    public string ConnectionString(string database)
    {
        EnsureAvailable();
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = Port,
            Database = database,
            Username = "postgres",
            Password = "postgres", // trust authentication: ignored, but keeps the string in the app's documented shape
            IncludeErrorDetail = true,
            Timeout = 30,
            CommandTimeout = 60,
        };
        return builder.ConnectionString;
    }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string name, CancellationToken cancellationToken = default)
    {
        EnsureAvailable();
        if (!DatabaseName().IsMatch(name))
        {
            throw new ArgumentException($"'{name}' is not a plain database name (letters, digits, _ ; at most 63).", nameof(name));
        }

        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return ConnectionString(name);
    }

    private void EnsureAvailable()
    {
        if (!IsAvailable)
        {
            throw new InvalidOperationException($"PostgreSQL is not available: {UnavailableReason}");
        }
    }

    private static PostgresServer Start()
    {
        var (initdb, pgCtl, missing) = FindBinaries();
        if (initdb is null || pgCtl is null)
        {
            var reason = $"{missing} Install it with `apt-get install postgresql` (./hearth test does).";
            if (RequireAll)
            {
                throw new InvalidOperationException($"PostgreSQL is required (HEARTH_REQUIRE_ALL=1 or CI=true) but {reason}");
            }
            return new PostgresServer(reason);
        }

        var asPostgresUser = Environment.UserName == "root";
        if (asPostgresUser && FindOnPath("runuser") is null)
        {
            throw new InvalidOperationException("Running as root needs `runuser` (util-linux) to start PostgreSQL as the postgres user.");
        }

        StopLeftovers(pgCtl, asPostgresUser);
        var temp = Directory.CreateTempSubdirectory(TempPrefix).FullName;
        var data = Path.Combine(temp, "data");
        try
        {
            File.WriteAllText(Path.Combine(temp, OwnerFile), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
            if (asPostgresUser)
            {
                Run("chown", ["-R", "postgres:postgres", temp], asPostgres: false, temp, TimeSpan.FromSeconds(30));
            }

            // C locale: byte order like SQLite's default collation, and always present.
            Run(initdb, ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"],
                asPostgresUser, temp, TimeSpan.FromMinutes(2));

            Exception? last = null;
            for (var attempt = 0; attempt < 3; attempt++)
            {
                var port = FreePort();
                try
                {
                    // A throwaway cluster: durability settings off for speed.
                    var options = $"-h 127.0.0.1 -p {port} -k {temp} -c fsync=off -c synchronous_commit=off " +
                                  "-c full_page_writes=off -c max_connections=300 -c shared_buffers=64MB";
                    Run(pgCtl, ["start", "-D", data, "-w", "-t", "60", "-l", Path.Combine(temp, "postgres.log"), "-o", options],
                        asPostgresUser, temp, TimeSpan.FromSeconds(90));
                    var server = new PostgresServer(temp, data, pgCtl, asPostgresUser, port);
                    server.WaitUntilReady(TimeSpan.FromSeconds(30));
                    return server;
                }
                catch (Exception e)
                {
                    last = e;
                    TryRun(pgCtl, ["stop", "-D", data, "-m", "immediate"], asPostgresUser, temp);
                }
            }
            throw new InvalidOperationException(
                $"PostgreSQL did not start. Log:\n{ReadLog(temp)}", last);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>
    /// A test process that was killed (a timeout, Ctrl+C) never ran its exit handler: stop and delete
    /// the clusters whose owning process is gone, so they do not pile up.
    /// </summary>
    private static void StopLeftovers(string pgCtl, bool asPostgresUser)
    {
        foreach (var dir in Directory.GetDirectories(Path.GetTempPath(), TempPrefix + "*"))
        {
            try
            {
                var owner = Path.Combine(dir, OwnerFile);
                if (!File.Exists(owner) || !int.TryParse(File.ReadAllText(owner), out var pid) || IsAlive(pid))
                {
                    continue;
                }
                if (File.Exists(Path.Combine(dir, "data", "postmaster.pid")))
                {
                    TryRun(pgCtl, ["stop", "-D", Path.Combine(dir, "data"), "-m", "immediate"], asPostgresUser, dir);
                }
                TryDelete(dir);
            }
            catch (IOException)
            {
                // Another process is cleaning it up.
            }
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private void WaitUntilReady(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                using var connection = new NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false");
                connection.Open();
                using var command = new NpgsqlCommand("select 1", connection);
                command.ExecuteScalar();
                return;
            }
            catch (Exception) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(200);
            }
        }
    }

    private void Stop()
    {
        if (Interlocked.Exchange(ref stopped, 1) == 1 || tempDirectory is null || pgCtl is null || dataDirectory is null)
        {
            return;
        }
        NpgsqlConnection.ClearAllPools();
        TryRun(pgCtl, ["stop", "-D", dataDirectory, "-m", "immediate", "-w", "-t", "20"], asPostgresUser, tempDirectory);
        TryDelete(tempDirectory);
    }

    private static (string? InitDb, string? PgCtl, string Missing) FindBinaries()
    {
        // HEARTH_POSTGRES_BIN names the folder of initdb/pg_ctl outright (another version, or none to test skips).
        if (Environment.GetEnvironmentVariable("HEARTH_POSTGRES_BIN") is { Length: > 0 } bin)
        {
            var (i, p) = (Path.Combine(bin, "initdb"), Path.Combine(bin, "pg_ctl"));
            return File.Exists(i) && File.Exists(p) ? (i, p, "") : (null, null, $"HEARTH_POSTGRES_BIN={bin} holds no initdb/pg_ctl.");
        }

        var initdb = FindOnPath("initdb");
        var pgCtl = FindOnPath("pg_ctl");
        if (initdb is not null && pgCtl is not null)
        {
            return (initdb, pgCtl, "");
        }

        const string root = "/usr/lib/postgresql";
        if (Directory.Exists(root))
        {
            var newest = Directory.GetDirectories(root)
                .Select(d => (Dir: d, Version: int.TryParse(Path.GetFileName(d), out var v) ? v : -1))
                .Where(d => File.Exists(Path.Combine(d.Dir, "bin", "initdb")) && File.Exists(Path.Combine(d.Dir, "bin", "pg_ctl")))
                .OrderByDescending(d => d.Version)
                .Select(d => Path.Combine(d.Dir, "bin"))
                .FirstOrDefault();
            if (newest is not null)
            {
                return (Path.Combine(newest, "initdb"), Path.Combine(newest, "pg_ctl"), "");
            }
        }
        return (null, null, "initdb/pg_ctl were found neither on PATH nor under /usr/lib/postgresql/*/bin.");
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }

    private static void Run(string file, IReadOnlyList<string> args, bool asPostgres, string workingDirectory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo
        {
            FileName = asPostgres ? "runuser" : file,
            WorkingDirectory = workingDirectory, // the postgres user may not be able to enter the caller's folder
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        if (asPostgres)
        {
            foreach (var a in new[] { "-u", "postgres", "--", file })
            {
                start.ArgumentList.Add(a);
            }
        }
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        // The timed wait does not wait for the pipes to close, which a forked postgres could hold open.
        if (!process.WaitForExit(timeout))
        {
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            throw new TimeoutException($"`{file} {string.Join(' ', args)}` did not finish within {timeout}.\n{Snapshot(output)}");
        }
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"`{file} {string.Join(' ', args)}` exited with {process.ExitCode}.\n{Snapshot(output)}");
        }
    }

    private static string Snapshot(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    private static void TryRun(string file, IReadOnlyList<string> args, bool asPostgres, string workingDirectory)
    {
        try
        {
            Run(file, args, asPostgres, workingDirectory, TimeSpan.FromSeconds(30));
        }
        catch (Exception)
        {
            // Best effort on shutdown: the folder is removed next.
        }
    }

    private static string ReadLog(string temp)
    {
        try
        {
            var log = Path.Combine(temp, "postgres.log");
            return File.Exists(log) ? File.ReadAllText(log) : "(no log)";
        }
        catch (IOException e)
        {
            return e.Message;
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (Exception)
        {
            // A leftover folder in /tmp must not fail the test run.
        }
    }

    private static bool IsSet(string? value) =>
        value is not null && (value == "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase) ||
                              value.Equals("yes", StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,62}$")]
    private static partial Regex DatabaseName();
}
