using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace RoleCall.Testing.Postgres;

/// <summary>
/// A throwaway PostgreSQL server for the tests: Debian's `initdb` and `pg_ctl` in a temporary directory, on a
/// free 127.0.0.1 port, trust authentication for the `rolecall` role, stopped (and its directory removed) when
/// the test process exits. One server per test process (<see cref="Shared"/>); each test class takes a database
/// of its own (<see cref="CreateDatabase"/>). A machine without the server binaries fails the test with the
/// install command. As root, the server runs as the `postgres` user (PostgreSQL refuses to run as root).
/// </summary>
public sealed class PostgresServer : IDisposable
{
    public const string InstallHint = "install the PostgreSQL server with: apt-get install -y postgresql";

    private static readonly Lazy<PostgresServer> SharedServer = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);
    private static int databases;

    private readonly string bin;
    private readonly string directory;
    private readonly string? runAs;

    private PostgresServer(string bin, string directory, string? runAs, int port)
    {
        this.bin = bin;
        this.directory = directory;
        this.runAs = runAs;
        Port = port;
    }

    /// <summary>The process's server, started on first use.</summary>
    public static PostgresServer Shared => SharedServer.Value;

    public int Port { get; }

    /// <summary>A new empty database; its URL in the form `rolecall serve --store` takes.</summary>
    public string CreateDatabase(string prefix = "t")
    {
        var name = $"{prefix}_{Environment.ProcessId}_{Interlocked.Increment(ref databases)}";
        Run(Path.Combine(bin, "createdb"), null, "-h", "127.0.0.1", "-p", Port.ToString(CultureInfo.InvariantCulture), "-U", "rolecall", name);
        return $"postgresql://rolecall@127.0.0.1:{Port}/{name}";
    }

    public void Dispose()
    {
        try
        {
            Run(Path.Combine(bin, "pg_ctl"), runAs, "-D", Path.Combine(directory, "data"), "-m", "immediate", "-w", "stop");
        }
        finally
        {
            DeleteDirectory();
        }
    }

    /// <summary>Retries briefly: the server's last child processes may still be closing files after pg_ctl returned.</summary>
    private void DeleteDirectory()
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                Directory.Delete(directory, recursive: true);
                return;
            }
            catch (IOException) when (attempt < 20)
            {
                Thread.Sleep(100);
            }
        }
    }

    private static PostgresServer Start()
    {
        var bin = FindBinaries();
        RemoveStoppedServers();
        var directory = Directory.CreateTempSubdirectory("rolecall-pg-").FullName;
        var runAs = Environment.UserName == "root" ? "postgres" : null;
        if (runAs is not null)
        {
            Run("chown", null, runAs, directory);
        }

        var data = Path.Combine(directory, "data");
        Run(Path.Combine(bin, "initdb"), runAs, "-D", data, "-U", "rolecall", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync");
        var port = FreePort();

        // fsync off: a test database need not survive a power cut; the server's own crash safety is not under test.
        var settings = $"-p {port} -k {directory} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300";
        Run(Path.Combine(bin, "pg_ctl"), runAs, "-D", data, "-l", Path.Combine(directory, "server.log"), "-o", settings, "-w", "start");
        var server = new PostgresServer(bin, directory, runAs, port);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Dispose();
        return server;
    }

    /// <summary>
    /// Deletes the directories of earlier test processes' servers that have shut down (their log ends with
    /// PostgreSQL's "database system is shut down" and no postmaster.pid remains): a test host is not always
    /// given the time to delete its own at exit. A server still starting or running is never touched.
    /// </summary>
    private static void RemoveStoppedServers()
    {
        foreach (var old in Directory.GetDirectories(Path.GetTempPath(), "rolecall-pg-*"))
        {
            var log = Path.Combine(old, "server.log");
            if (!File.Exists(Path.Combine(old, "data", "postmaster.pid")) && File.Exists(log)
                && File.ReadLines(log).LastOrDefault()?.EndsWith("database system is shut down", StringComparison.Ordinal) == true)
            {
                try
                {
                    Directory.Delete(old, recursive: true);
                }
                catch (IOException)
                {
                    // Another test process is removing it too.
                }
            }
        }
    }

    /// <summary>`/usr/lib/postgresql/N/bin` of the newest installed server (Debian's layout).</summary>
    private static string FindBinaries()
    {
        var root = "/usr/lib/postgresql";
        var candidates = Directory.Exists(root)
            ? Directory.GetDirectories(root).Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0).ToList()
            : [];
        return candidates.FirstOrDefault()
            ?? throw new InvalidOperationException($"PostgreSQL's initdb and pg_ctl were not found under {root}: {InstallHint}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Run(string program, string? runAs, params string[] arguments)
    {
        var start = new ProcessStartInfo(runAs is null ? program : "runuser")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (runAs is not null)
        {
            foreach (var a in new[] { "-u", runAs, "--", program })
            {
                start.ArgumentList.Add(a);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{Path.GetFileName(program)} did not finish within 60 s");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} failed: {stderr.Result}{stdout.Result}");
        }
    }
}
