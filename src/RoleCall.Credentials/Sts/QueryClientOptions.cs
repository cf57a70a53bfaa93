using RoleCall.Protocol.SigV4;

namespace RoleCall.Credentials.Sts;

/// <summary>The seams and knobs of a <see cref="QueryClient"/>; the defaults are the CLI's.</summary>
public sealed record QueryClientOptions
{
    // Declared before Default: static initializers run in text order.
    private static readonly ClockSkew SharedSkew = new();
    private static readonly SigV4Signer SharedSigner = new();

    public static QueryClientOptions Default { get; } = new();

    public TimeProvider Time { get; init; } = TimeProvider.System;

    public RetryPolicy Retry { get; init; } = RetryPolicy.Standard;

    /// <summary>Shared by every client of the process, so one correction serves all later calls.</summary>
    public ClockSkew Skew { get; init; } = SharedSkew;

    public SigV4Signer Signer { get; init; } = SharedSigner;

    public string UserAgent { get; init; } = "rolecall/1.0";
}
