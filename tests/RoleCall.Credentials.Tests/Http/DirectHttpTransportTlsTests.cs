using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using RoleCall.Core.Errors;
using RoleCall.Credentials.Http;

namespace RoleCall.Credentials.Tests.Http;

/// <summary>
/// https through the socket transport: TLS is negotiated and the server certificate verified against the
/// system store, a CA bundle, or not at all when the user says --no-verify-ssl.
/// </summary>
public sealed class DirectHttpTransportTlsTests : IDisposable
{
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("Action=GetCallerIdentity");
    private readonly string _directory = Directory.CreateTempSubdirectory("rolecall-tls-").FullName;

    [Fact]
    public async Task Should_refuse_a_server_whose_certificate_is_not_trusted()
    {
        using var certificate = SelfSigned("localhost");
        using var server = new TlsServer(certificate);
        using var transport = new DirectHttpTransport(new TransportSettings { ConnectTimeout = TimeSpan.FromSeconds(5) });

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => transport.PostAsync(server.Url, [], Body, CancellationToken.None));

        Assert.StartsWith($"SSL validation failed for https://localhost:{server.Url.Port}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("certificate", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Should_trust_a_server_whose_certificate_chains_to_the_ca_bundle()
    {
        using var certificate = SelfSigned("localhost");
        using var server = new TlsServer(certificate);
        using var transport = new DirectHttpTransport(new TransportSettings { CaBundle = Bundle(certificate) });

        var response = await transport.PostAsync(server.Url, [], Body, CancellationToken.None);

        Assert.Equal((200, "tls ok"), (response.Status, response.Body));
    }

    [Fact]
    public async Task Should_still_check_the_host_name_with_a_ca_bundle()
    {
        using var certificate = SelfSigned("other.example");
        using var server = new TlsServer(certificate);
        using var transport = new DirectHttpTransport(new TransportSettings { CaBundle = Bundle(certificate) });

        await Assert.ThrowsAsync<HttpRequestException>(() => transport.PostAsync(server.Url, [], Body, CancellationToken.None));
    }

    [Fact]
    public async Task Should_accept_any_certificate_when_verification_is_turned_off()
    {
        using var certificate = SelfSigned("other.example");
        using var server = new TlsServer(certificate);
        using var transport = new DirectHttpTransport(new TransportSettings { VerifyCertificates = false });

        Assert.Equal("tls ok", (await transport.PostAsync(server.Url, [], Body, CancellationToken.None)).Body);
    }

    [Fact]
    public async Task Should_say_when_an_https_endpoint_does_not_speak_tls()
    {
        using var server = new RawHttpServer(async c =>
        {
            await c.WriteAsync("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
            c.Close();
        });
        using var transport = new DirectHttpTransport();

        var error = await Assert.ThrowsAsync<HttpRequestException>(() =>
            transport.PostAsync(new Uri($"https://127.0.0.1:{server.Url.Port}/"), [], Body, CancellationToken.None));

        Assert.StartsWith($"SSL validation failed for https://127.0.0.1:{server.Url.Port}: ", error.Message, StringComparison.Ordinal);
        // Marked as a TLS failure, so the command's error leads with this line as the AWS CLI's does (ServiceCallExceptionTests).
        Assert.Equal(HttpRequestError.SecureConnectionError, error.HttpRequestError);
    }

    [Fact]
    public async Task Should_name_a_ca_bundle_that_does_not_exist_when_an_https_call_needs_it()
    {
        var missing = Path.Combine(_directory, "missing.pem");
        using var transport = new DirectHttpTransport(new TransportSettings { CaBundle = missing });

        var error = await Assert.ThrowsAsync<ConfigurationException>(() =>
            transport.PostAsync(new Uri("https://localhost:9/"), [], Body, CancellationToken.None));

        Assert.Equal($"Could not find a suitable TLS CA certificate bundle, invalid path: {missing}", error.Message);
    }

    [Fact]
    public async Task Should_not_read_the_ca_bundle_for_an_http_endpoint()
    {
        using var server = new RawHttpServer(async c =>
        {
            await c.ReadRequestAsync();
            await c.WriteAsync("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
        });
        using var transport = new DirectHttpTransport(new TransportSettings { CaBundle = Path.Combine(_directory, "missing.pem") });

        Assert.Equal("ok", (await transport.PostAsync(server.Url, [], Body, CancellationToken.None)).Body);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Bundle(X509Certificate2 certificate)
    {
        var path = Path.Combine(_directory, "bundle.pem");
        File.WriteAllText(path, certificate.ExportCertificatePem());
        return path;
    }

    private static X509Certificate2 SelfSigned(string host)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={host}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(host);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        // Re-imported so that SslStream can use the private key on Linux.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), null);
    }

    /// <summary>A loopback TLS server that answers every request on a connection with "tls ok".</summary>
    private sealed class TlsServer : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly Task _loop;

        public TlsServer(X509Certificate2 certificate)
        {
            _listener.Start();
            Url = new Uri($"https://localhost:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
            _loop = Task.Run(() => ServeAsync(certificate));
        }

        public Uri Url { get; }

        public void Dispose()
        {
            _listener.Stop();
            try
            {
                _loop.Wait(TimeSpan.FromSeconds(5));
            }
            catch (AggregateException)
            {
                // The accept loop ends with an exception when the listener stops.
            }
        }

        private async Task ServeAsync(X509Certificate2 certificate)
        {
            while (true)
            {
                using var client = await _listener.AcceptTcpClientAsync();
                await using var tls = new SslStream(client.GetStream());
                try
                {
                    await tls.AuthenticateAsServerAsync(certificate);
                    var buffer = new byte[4096];
                    var head = "";
                    while (!head.Contains("\r\n\r\n", StringComparison.Ordinal))
                    {
                        var read = await tls.ReadAsync(buffer);
                        if (read == 0)
                        {
                            break;
                        }

                        head += Encoding.ASCII.GetString(buffer, 0, read);
                    }

                    await tls.WriteAsync("HTTP/1.1 200 OK\r\nContent-Length: 6\r\nConnection: close\r\n\r\ntls ok"u8.ToArray());
                }
                catch (Exception ex) when (ex is IOException or AuthenticationException)
                {
                    // The client refused our certificate: the point of some tests.
                }
            }
        }
    }
}
