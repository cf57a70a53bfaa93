using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using RoleCall.Core.Errors;
using RoleCall.Core.Identity;
using RoleCall.Credentials.Providers;

namespace RoleCall.Cli.Commands.Credential;

/// <summary>
/// `rolecall exec PROFILE --server`: the container-credentials protocol on 127.0.0.1 for one child
/// (https://docs.aws.amazon.com/sdkref/latest/guide/feature-container-credentials.html). The SDKs GET
/// AWS_CONTAINER_CREDENTIALS_FULL_URI with AWS_CONTAINER_AUTHORIZATION_TOKEN in the Authorization header; a
/// wrong or missing token gets 403. Each request resolves the provider graph, whose cache fetches a new role
/// session once less than 15 minutes are left, so a long-running SDK process (which asks again about 15
/// minutes before the expiration it was given) never holds expired credentials.
/// </summary>
internal sealed class CredentialsEndpoint : IAsyncDisposable
{
    /// <summary>What the SDKs are told for keys that do not expire, so they still come back now and then.</summary>
    private static readonly TimeSpan StaticLifetime = TimeSpan.FromHours(1);

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly ICredentialProvider _provider;
    private readonly TimeProvider _time;
    private readonly Action<string> _debug;
    private readonly SemaphoreSlim _resolving = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _serving;
    private readonly uint _ownUid = OperatingSystem.IsLinux() ? RoleCall.Vault.Agent.UnixIdentity.CurrentUid() : 0;

    public CredentialsEndpoint(ICredentialProvider provider, TimeProvider time, Action<string> debug)
    {
        _provider = provider;
        _time = time;
        _debug = debug;
        Token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        _listener.Start();
        Url = $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/";
        _serving = Task.Run(ServeAsync);
    }

    public string Url { get; }

    public string Token { get; }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(client));
        }
    }

    private async Task AnswerAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var head = await ReadHeadAsync(stream);
                var (status, body) = !SameUser(client) ? (403, """{"message": "the client runs as another user"}""")
                    : head is not null && Authorized(head) ? await CredentialsAsync()
                    : (403, """{"message": "the authorization token is missing or wrong"}""");
                _debug($"credentials endpoint: {(head is null ? "?" : head.Split('\r')[0])} -> {status}");
                var bytes = Encoding.UTF8.GetBytes(body);
                var reason = status switch { 200 => "OK", 403 => "Forbidden", _ => "Internal Server Error" };
                await stream.WriteAsync(Encoding.ASCII.GetBytes($"HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\nContent-Length: {bytes.Length}\r\nConnection: close\r\n\r\n"));
                await stream.WriteAsync(bytes);
            }
            catch (IOException)
            {
                // The SDK hung up: nothing to answer.
            }
        }
    }

    private async Task<(int Status, string Body)> CredentialsAsync()
    {
        await _resolving.WaitAsync();
        try
        {
            return (200, Json(await _provider.ResolveAsync(_stop.Token)));
        }
        catch (RoleCallException e)
        {
            // The child sees why (never a secret: errors carry none); the person at the terminal saw any prompt.
            return (500, JsonSerializer.Serialize(new Dictionary<string, string> { ["message"] = e.Message }));
        }
        finally
        {
            _resolving.Release();
        }
    }

    private string Json(AwsCredentials credentials)
    {
        var expiration = credentials.Expiration ?? _time.GetUtcNow() + StaticLifetime;
        var fields = new Dictionary<string, string>
        {
            ["AccessKeyId"] = credentials.AccessKeyId,
            ["SecretAccessKey"] = credentials.SecretAccessKey,
            ["Expiration"] = expiration.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        };
        if (credentials.SessionToken is { } token)
        {
            fields["Token"] = token;
        }

        return JsonSerializer.Serialize(fields);
    }

    /// <summary>
    /// The client runs as this user. The token alone would let any local user in who learns it; on Linux the
    /// connection's owner is known (<see cref="LoopbackPeer"/>) and another uid is refused, like the agent's
    /// SO_PEERCRED check. Where the owner cannot be read (not Linux) the token decides alone.
    /// </summary>
    private bool SameUser(TcpClient client) =>
        !OperatingSystem.IsLinux() || LoopbackPeer.Uid(client.Client) == _ownUid;

    /// <summary>The Authorization header equals the token (compared in constant time).</summary>
    private bool Authorized(string head)
    {
        foreach (var line in head.Split("\r\n"))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line[..colon].Equals("Authorization", StringComparison.OrdinalIgnoreCase))
            {
                return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(line[(colon + 1)..].Trim()), Encoding.UTF8.GetBytes(Token));
            }
        }

        return false;
    }

    /// <summary>The request line and headers (up to 16 KiB), or null when the client sent no complete head.</summary>
    private static async Task<string?> ReadHeadAsync(NetworkStream stream)
    {
        var buffer = new byte[16 * 1024];
        var length = 0;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (length < buffer.Length)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(length), timeout.Token);
            if (read == 0)
            {
                return null;
            }

            length += read;
            var text = Encoding.ASCII.GetString(buffer, 0, length);
            if (text.Contains("\r\n\r\n", StringComparison.Ordinal))
            {
                return text;
            }
        }

        return null;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _serving;
        _stop.Dispose();
        _resolving.Dispose();
    }
}
