using System.Net;
using RoleCall.Credentials.Http;

namespace RoleCall.Credentials.Sts;

/// <summary>
/// The HttpClient for service calls that go through a proxy: SocketsHttpHandler with the settings' timeouts
/// and certificate checks, no cookies, no automatic redirects (AWS APIs never redirect a signed POST), and
/// the proxies the environment names (HTTPS_PROXY, NO_PROXY), as botocore honours them.
/// </summary>
public static class QueryHttp
{
    public static HttpClient CreateClient(TransportSettings? settings = null)
    {
        settings ??= TransportSettings.Default;
        var handler = new SocketsHttpHandler
        {
            ConnectTimeout = settings.ConnectTimeout,
            UseCookies = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
        handler.SslOptions.RemoteCertificateValidationCallback = CertificateTrust.CallbackFor(settings);
        return new HttpClient(handler, disposeHandler: true) { Timeout = settings.ReadTimeout };
    }
}
