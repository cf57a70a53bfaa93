using RoleCall.Vault.Agent;
using RoleCall.Vault.File;

namespace RoleCall.Vault.Tests.Agent;

/// <summary>
/// READ: the agent opens a file vault's item with the key it holds and sends it back as a line, so a command
/// with the agent running needs no key, no AES and no JSON of its own; anything the agent cannot open falls
/// back to the command opening it, with the usual errors.
/// </summary>
public sealed class AgentReadTests : IDisposable
{
    private static readonly byte[] Key = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];
    private static readonly VaultItem Keys = new("AKIAAGENTREADAGENT01", "agent/read+secret", null, null, new DateTimeOffset(2026, 12, 6, 9, 0, 0, TimeSpan.Zero));
    private static readonly VaultItem Session = new("ASIAAGENTREADSESSION", "session secret", "token with spaces", new DateTimeOffset(2026, 12, 6, 10, 0, 0, TimeSpan.Zero), Keys.Updated);

    private readonly TempDirectory _temp = new();

    private string Vault => _temp.Combine("vault");

    private string Socket => _temp.Combine("run/agent.sock");

    [Fact]
    public async Task Should_send_back_items_it_opened_and_say_none_for_a_missing_one()
    {
        var writer = new FileBackend(Vault, _ => Key);
        writer.Write("dev ops", Keys);
        writer.Write(ItemNames.Session("abc"), Session);
        using var stop = new CancellationTokenSource();
        var running = await StartAsync(stop.Token);
        var client = new AgentClient(Socket);

        Assert.Equal((true, Keys), client.Read(Vault, "dev ops"));
        Assert.Equal((true, Session), client.Read(Vault, ItemNames.Session("abc")));
        Assert.Equal((true, (VaultItem?)null), client.Read(Vault, "missing"));
        Assert.Equal((false, (VaultItem?)null), client.Read(_temp.Combine("another"), "dev ops"));

        // A backend with the agent reads without ever needing the key itself.
        var reader = new FileBackend(Vault, _ => throw new InvalidOperationException("the key was asked for"), client);
        Assert.Equal(Keys, reader.Read("dev ops"));
        Assert.Null(reader.Read("missing"));
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
    }

    [Fact]
    public async Task Should_leave_a_tampered_item_to_the_command_which_reports_it_by_name()
    {
        new FileBackend(Vault, _ => Key).Write("dev", Keys);
        var path = Path.Combine(Vault, "dev" + FileBackend.ItemExtension);
        var bytes = System.IO.File.ReadAllBytes(path);
        bytes[^2] ^= 0x10;
        System.IO.File.WriteAllBytes(path, bytes);
        using var stop = new CancellationTokenSource();
        var running = await StartAsync(stop.Token);
        var client = new AgentClient(Socket);

        Assert.Equal((false, (VaultItem?)null), client.Read(Vault, "dev"));
        var error = Assert.Throws<VaultException>(() => new FileBackend(Vault, _ => Key, client).Read("dev"));
        Assert.Equal("dev", error.Item);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a b c d")]
    [InlineData("!! !! - - 1")]
    [InlineData("QQ== QQ== - - -1")]
    public void Should_refuse_a_line_that_is_not_an_item(string line) => Assert.Null(AgentItemLine.Parse(line));

    public void Dispose() => _temp.Dispose();

    private async Task<Task> StartAsync(CancellationToken cancellation)
    {
        var ready = new TaskCompletionSource();
        var server = new AgentServer(Socket, Vault, (byte[])Key.Clone(), TimeSpan.FromMinutes(1), TimeProvider.System);
        var running = Task.Run(() => server.RunAsync(ready.SetResult, cancellation), cancellation);
        await ready.Task.WaitAsync(TimeSpan.FromSeconds(10), CancellationToken.None);
        return running;
    }
}
