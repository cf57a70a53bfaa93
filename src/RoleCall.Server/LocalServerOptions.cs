namespace RoleCall.Server;

/// <summary>
/// How to start a local IAM + STS service: where it listens, where it keeps its state, the first account and
/// its root keys. `rolecall serve` binds these from its options; tests and the quickstart build them directly.
/// </summary>
public sealed record LocalServerOptions
{
    /// <summary>The documented default port: not LocalStack's 4566 nor moto's 5000.</summary>
    public const int DefaultPort = 4600;

    public const string DefaultHost = "127.0.0.1";

    public const string DefaultAccountId = "123456789012";

    /// <summary>An IP address or `localhost`; loopback unless the user asks otherwise.</summary>
    public string Host { get; init; } = DefaultHost;

    /// <summary>The TCP port; 0 picks a free one (read it back from <see cref="LocalServer.Url"/>).</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>The IAM store, chosen by the composition root; there is no default, so every caller says which.</summary>
    public required StoreChoice Store { get; init; }

    /// <summary>The account created on first start; its root keys sign the first requests.</summary>
    public string AccountId { get; init; } = DefaultAccountId;

    /// <summary>Root keys to install on first start (both or neither); generated when absent.</summary>
    public string? RootAccessKeyId { get; init; }

    public string? RootSecretAccessKey { get; init; }

    /// <summary>
    /// The first account's root console password (`ROLECALL_ROOT_PASSWORD`); when null and the account has
    /// none yet, one is generated and returned once in <see cref="LocalServer.GeneratedRootPassword"/>.
    /// </summary>
    public string? RootPassword { get; init; }

    /// <summary>
    /// Generate a root console password when none is given or stored (`rolecall serve` does). Off for in-process
    /// servers, which sign in with <see cref="RootPassword"/> when they need to: hashing costs some 100 ms.
    /// </summary>
    public bool GenerateRootPassword { get; init; }

    /// <summary>Further accounts to create (with their own root keys) when missing, e.g. for cross-account tests.</summary>
    public IReadOnlyList<string> AdditionalAccounts { get; init; } = [];

    /// <summary>Enables `POST /_rolecall/clock` to move the service clock forward (testing only).</summary>
    public bool DevClock { get; init; }

    /// <summary>
    /// `--explain`: where to log every authorization decision with its deciding statements (null: no log).
    /// </summary>
    public TextWriter? ExplainLog { get; init; }

    /// <summary>The real clock; the service clock is this one, or a movable clock over it with <see cref="DevClock"/>.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}
