using System.Net;

namespace RoleCall.Credentials.Sts;

/// <summary>
/// The one HttpClient the CLI's service clients share: SocketsHttpHandler with botocore's 60-second connect
/// and read timeouts, no cookies, no automatic redirects (AWS APIs never redirect a signed POST), and the
/// proxies the environment names (HTTPS_PROXY, NO_PROXY), as botocore honours them.
/// </summary>
public static class QueryHttp
{
    public static HttpClient CreateClient(TimeSpan? timeout = null)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectTimeout = TimeSpan.FromSeconds(60),
            UseCookies = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
        return new HttpClient(handler, disposeHandler: true) { Timeout = timeout ?? TimeSpan.FromSeconds(60) };
    }
}
