using RoleCall.Config;
using RoleCall.Config.Profiles;

namespace RoleCall.Credentials.Http;

/// <summary>
/// How service calls connect, as the AWS CLI lets a user set it: connect and read timeouts
/// (<c>--cli-connect-timeout</c>, <c>--cli-read-timeout</c>; 60 s each, 0 = wait forever), certificate checks
/// (<c>--no-verify-ssl</c>) and the CA bundle to trust (<c>--ca-bundle</c>, else <c>AWS_CA_BUNDLE</c>, else the
/// profile's <c>ca_bundle</c>).
/// </summary>
public sealed record TransportSettings
{
    public static TransportSettings Default { get; } = new();

    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(60);

    public TimeSpan ReadTimeout { get; init; } = TimeSpan.FromSeconds(60);

    public bool VerifyCertificates { get; init; } = true;

    /// <summary>`--debug`: where each request and answer is logged (secrets redacted), or null for no log.</summary>
    public Action<string>? DebugLog { get; init; }

    /// <summary>A PEM file of CA certificates to trust instead of the system's; null for the system store.</summary>
    public string? CaBundle { get; init; }

    /// <summary>
    /// The name lookup: null for the system resolver (named only where a name is looked up, so a call to an IP
    /// address never loads System.Net.NameResolution); a test puts a resolver that never answers here.
    /// </summary>
    internal Func<string, CancellationToken, Task<System.Net.IPAddress[]>>? Lookup { get; init; }

    /// <summary>The settings from the command line's options, the environment and the profile, in that order.</summary>
    public static TransportSettings Resolve(AwsEnvironment environment, ResolvedProfile? profile,
        string? caBundleOption, bool noVerifySsl, int? connectTimeoutSeconds, int? readTimeoutSeconds, Action<string>? debugLog = null)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var fromEnvironment = environment.Get("AWS_CA_BUNDLE") is { Length: > 0 } path ? path : null;
        return new TransportSettings
        {
            ConnectTimeout = Timeout(connectTimeoutSeconds),
            ReadTimeout = Timeout(readTimeoutSeconds),
            VerifyCertificates = !noVerifySsl,
            CaBundle = caBundleOption ?? fromEnvironment ?? profile?.Get("ca_bundle"),
            DebugLog = debugLog,
        };
    }

    private static TimeSpan Timeout(int? seconds) => seconds switch
    {
        null => TimeSpan.FromSeconds(60),
        <= 0 => System.Threading.Timeout.InfiniteTimeSpan,
        _ => TimeSpan.FromSeconds(seconds.Value),
    };
}
