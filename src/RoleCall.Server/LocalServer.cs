using RoleCall.Core.Identity;
using RoleCall.Iam.Sts.Clock;
using RoleCall.Iam;
using RoleCall.Server.Accounts;
using RoleCall.Server.Hosting;

namespace RoleCall.Server;

/// <summary>
/// A running local IAM + STS service, the hosting API other code calls in-process: `rolecall serve`, the
/// quickstart and the end-to-end tests. <c>await using var server = await LocalServer.StartAsync(options)</c>,
/// then point any AWS client at <see cref="Url"/> with <see cref="Credentials"/>.
/// </summary>
public sealed class LocalServer : IAsyncDisposable
{
    private readonly ServerHost _host;
    private readonly ServiceBackend _backend;

    private LocalServer(ServerHost host, ServiceBackend backend, ServiceClock clock, RootCredentials root, IReadOnlyList<RootCredentials> additional, string? generatedRootPassword)
    {
        GeneratedRootPassword = generatedRootPassword;
        _host = host;
        _backend = backend;
        Clock = clock;
        Root = root;
        AdditionalAccounts = additional;
    }

    /// <summary>The bound base URL (`http://127.0.0.1:4600/`), with the real port when 0 was asked for.</summary>
    public Uri Url => _host.Url;

    /// <summary>The first account and its root key.</summary>
    public RootCredentials Root { get; }

    /// <summary>The accounts from <see cref="LocalServerOptions.AdditionalAccounts"/>, in the order given.</summary>
    public IReadOnlyList<RootCredentials> AdditionalAccounts { get; }

    public string AccountId => Root.AccountId;

    /// <summary>The first account's root console password when this start generated it (print it once), else null.</summary>
    public string? GeneratedRootPassword { get; }

    /// <summary>The first account's root credentials, to sign requests with.</summary>
    public AwsCredentials Credentials => new(Root.AccessKeyId, Root.SecretAccessKey, AccountId: Root.AccountId);

    /// <summary>The IAM/STS service itself, for in-process callers that set up state without signing requests (tests).</summary>
    public IamService Iam => _backend.Iam;

    /// <summary>Identity Center, for in-process callers that set up users and assignments without signing requests (tests).</summary>
    public RoleCall.IdentityCenter.IdentityCenterService IdentityCenter => _backend.IdentityCenter;

    /// <summary>The service clock (movable through the dev-clock endpoint when enabled).</summary>
    public ServiceClock Clock { get; }

    public static async Task<LocalServer> StartAsync(LocalServerOptions options, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clock = new ServiceClock(options.Time);
        var backend = ServiceBackend.Open(options, clock);
        try
        {
            var root = backend.EnsureAccount(options.AccountId, options.RootAccessKeyId, options.RootSecretAccessKey);
            var additional = options.AdditionalAccounts.Select(id => backend.EnsureAccount(id, null, null)).ToList();
            var rootPassword = options.RootPassword is not null || options.GenerateRootPassword
                ? backend.Iam.EnsureRootPassword(options.AccountId, options.RootPassword)
                : null;
            var frontDoor = ServiceComposition.Compose(backend, clock, options);
            var host = await ServerHost.StartAsync(options.Host, options.Port, frontDoor.HandleAsync, cancellation);
            return new LocalServer(host, backend, clock, root, additional, rootPassword);
        }
        catch
        {
            await backend.DisposeAsync();
            throw;
        }
    }

    /// <summary>Creates another account with its own root key (or returns the existing one).</summary>
    public RootCredentials AddAccount(string accountId) => _backend.EnsureAccount(accountId, null, null);

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        await _backend.DisposeAsync();
    }
}
