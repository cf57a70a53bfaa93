using System.Net;
using System.Net.Sockets;
using RoleCall.EndToEnd.Tests.Server.Support;

namespace RoleCall.EndToEnd.Tests.Server;

/// <summary>
/// `rolecall serve` given what it cannot use, as a process (so with the published CLI's resource-key messages):
/// one line saying what and where, one hint, exit 253, nothing started, no secret repeated. Found by following
/// the README as a new user (session 8).
/// </summary>
public sealed class ServeStartFailureTests : IDisposable
{
    private readonly string home = Directory.CreateTempSubdirectory("rolecall-serve-fail-").FullName;

    public void Dispose() => Directory.Delete(home, recursive: true);

    [Fact]
    public async Task Should_name_a_data_directory_that_is_a_file_in_words_not_a_resource_key()
    {
        var file = Path.Combine(home, "data");
        await File.WriteAllTextAsync(file, "not a directory");

        var (code, stdout, stderr) = await RolecallRun.RunAsync(home, null, "serve", "--port", "0", "--data", file);

        Assert.Equal(253, code);
        Assert.Equal("", stdout);
        Assert.Equal($"rolecall: serve: cannot open the data directory {file}: something of that name is already there (a file where a directory belongs, or a directory where a file belongs)\n"
            + "hint: check that it exists and is writable, or use --in-memory\n", stderr);
    }

    [Fact]
    public async Task Should_name_a_store_key_file_that_is_a_directory()
    {
        // The key file is read before the database is reached, so no PostgreSQL is needed here.
        var (code, _, stderr) = await RolecallRun.RunAsync(home, new Dictionary<string, string> { ["ROLECALL_STORE_KEY_FILE"] = home },
            "serve", "--port", "0", "--store", "postgresql://rolecall@127.0.0.1:1/rolecall", "--data", Path.Combine(home, "shared"));

        Assert.Equal(253, code);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"rolecall: serve: cannot use the store key file {home}: it is a directory", lines[0]);
        Assert.StartsWith("hint: point ROLECALL_STORE_KEY_FILE at a readable file", lines[1], StringComparison.Ordinal);
        Assert.Equal(2, lines.Length);
    }

    [Fact]
    public async Task Should_refuse_a_store_url_whose_query_holds_a_password_without_repeating_it()
    {
        var (code, stdout, stderr) = await RolecallRun.RunAsync(home, null,
            "serve", "--port", "0", "--store", "postgresql://rolecall@127.0.0.1:1/rolecall?sslmode=require&password=hunter2");

        Assert.Equal(253, code);
        Assert.DoesNotContain("hunter2", stdout + stderr, StringComparison.Ordinal);
        Assert.StartsWith("rolecall: serve: --store takes no query parameter 'password'", stderr, StringComparison.Ordinal);
        Assert.Equal(2, stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Should_say_the_port_is_taken_and_how_to_pick_another()
    {
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var port = ((IPEndPoint)holder.LocalEndpoint).Port;

        var (code, stdout, stderr) = await RolecallRun.RunAsync(home, null, "serve", "--in-memory", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(253, code);
        Assert.Equal("", stdout);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith($"rolecall: serve: cannot listen on 127.0.0.1:{port}: ", lines[0], StringComparison.Ordinal);
        Assert.Contains("address already in use", lines[0], StringComparison.Ordinal);
        Assert.Equal("hint: another process may hold the port; choose another with --port, or --port 0 for a free one", lines[1]);
        Assert.Equal(2, lines.Length);
    }
}
