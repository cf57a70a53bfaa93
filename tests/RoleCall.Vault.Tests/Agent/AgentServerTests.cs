using System.Net.Sockets;
using RoleCall.Vault.Agent;

namespace RoleCall.Vault.Tests.Agent;

public sealed class AgentServerTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string Socket => _temp.Combine("run/agent.sock");

    private async Task<Task> StartAsync(byte[] key, TimeSpan idle, CancellationToken cancellation = default)
    {
        var ready = new TaskCompletionSource();
        var server = new AgentServer(Socket, "/vault", key, idle, TimeProvider.System);
        var running = Task.Run(() => server.RunAsync(ready.SetResult, cancellation), cancellation);
        await ready.Task.WaitAsync(TimeSpan.FromSeconds(10), CancellationToken.None);
        return running;
    }

    [Fact]
    public async Task Should_hand_the_key_to_the_same_user_for_its_vault_only()
    {
        using var stop = new CancellationTokenSource();
        var running = await StartAsync([1, 2, 3], TimeSpan.FromMinutes(1), stop.Token);
        var client = new AgentClient(Socket);
        Assert.Equal([1, 2, 3], client.Key("/vault"));
        Assert.Null(client.Key("/another"));
        Assert.Equal("/vault", client.Ping());
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
    }

    [Fact]
    public async Task Should_listen_on_a_0600_socket_in_a_0700_directory()
    {
        using var stop = new CancellationTokenSource();
        var running = await StartAsync([1], TimeSpan.FromMinutes(1), stop.Token);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, System.IO.File.GetUnixFileMode(Socket));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, System.IO.File.GetUnixFileMode(Path.GetDirectoryName(Socket)!));
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
    }

    [Fact]
    public async Task Should_read_the_peers_uid_through_SO_PEERCRED()
    {
        using var stop = new CancellationTokenSource();
        var running = await StartAsync([1], TimeSpan.FromMinutes(1), stop.Token);
        using var socket = new System.Net.Sockets.Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Connect(new UnixDomainSocketEndPoint(Socket));
        Assert.Equal(UnixIdentity.CurrentUid(), UnixIdentity.PeerUid(socket));
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
    }

    [Fact]
    public async Task Should_refuse_a_peer_of_another_uid_even_when_the_socket_is_open_to_it()
    {
        using var stop = new CancellationTokenSource();
        var ready = new TaskCompletionSource();
        var server = new AgentServer(Socket, "/vault", [42, 42, 42], TimeSpan.FromMinutes(1), TimeProvider.System);
        var running = Task.Run(() => server.RunAsync(ready.SetResult, stop.Token), stop.Token);
        await ready.Task.WaitAsync(TimeSpan.FromSeconds(10));

        // Open the directory and the socket to everyone, so that SO_PEERCRED is the only thing left deciding.
        var everyone = (UnixFileMode)0b111_111_111;
        System.IO.File.SetUnixFileMode(_temp.Path, everyone);
        System.IO.File.SetUnixFileMode(Path.GetDirectoryName(Socket)!, everyone);
        System.IO.File.SetUnixFileMode(Socket, everyone);
        var other = OtherUser.Run(Socket, "KEY /vault");
        Assert.True(other.ExitCode == 0, other.StandardError);
        Assert.Equal("REFUSED another user", other.StandardOutput.Trim());
        Assert.Equal(1, server.Refused);

        // The agent still serves its own user afterwards.
        Assert.Equal([42, 42, 42], new AgentClient(Socket).Key("/vault"));
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
    }

    [Fact]
    public async Task Should_end_on_lock_and_remove_its_socket()
    {
        var running = await StartAsync([1], TimeSpan.FromMinutes(1));
        Assert.True(new AgentClient(Socket).Lock());
        await running.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(System.IO.File.Exists(Socket));
        Assert.Null(new AgentClient(Socket).Key("/vault"));
    }

    [Fact]
    public async Task Should_lock_itself_after_the_idle_timeout_and_a_request_should_restart_the_count()
    {
        // Four requests 2.5 s apart outlive an 8 s timeout only because each restarts the count; the margins
        // (5.5 s per gap) keep a loaded machine's late timers from deciding the outcome (1.5 s gaps under a 4 s
        // timeout failed once while a whole solution was building beside the tests).
        var running = await StartAsync([1], TimeSpan.FromSeconds(8));
        for (var i = 0; i < 4; i++)
        {
            await Task.Delay(2500);
            Assert.NotNull(new AgentClient(Socket).Key("/vault"));
        }

        await running.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Null(new AgentClient(Socket).Key("/vault"));
    }

    public void Dispose() => _temp.Dispose();
}
