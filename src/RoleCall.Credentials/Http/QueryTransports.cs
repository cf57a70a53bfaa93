using RoleCall.Config;
using RoleCall.Credentials.Sts;

namespace RoleCall.Credentials.Http;

/// <summary>Picks the transport for a process: direct sockets, unless a proxy is configured.</summary>
public static class QueryTransports
{
    // The variables HttpClient's default proxy reads on Unix; with any of them set it decides, per host and
    // NO_PROXY, whether and how to go through a proxy, so the calls go through HttpClient.
    private static readonly string[] ProxyVariables = ["http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"];

    public static IQueryTransport For(AwsEnvironment environment, TransportSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(environment);
        settings ??= TransportSettings.Default;
        IQueryTransport transport = ProxyVariables.Any(name => !string.IsNullOrEmpty(environment.Get(name)))
            ? new HttpClientTransport(QueryHttp.CreateClient(settings))
            : new DirectHttpTransport(settings);
        return settings.DebugLog is { } log ? new DebugTransport(transport, log, TimeProvider.System) : transport;
    }
}
