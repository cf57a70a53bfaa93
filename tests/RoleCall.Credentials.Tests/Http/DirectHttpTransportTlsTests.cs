using System.Net;
using System.Net.Security;
using System.Security.Authentication;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using RoleCall.Credentials.Http;

namespace RoleCall.Credentials.Tests.Http;

/// <summary>https through the socket transport: TLS is negotiated and the server certificate is verified.</summary>
public sealed class DirectHttpTransportTlsTests
{
    [Fact]
    public async Task Should_refuse_a_server_whose_certificate_is_not_trusted()
    {
        using var certificate = SelfSigned("localhost");
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var handshake = Task.Run(async () =>
        {
            using var client = await listener.AcceptTcpClientAsync();
            using var tls = new SslStream(client.GetStream());
            try
            {
                await tls.AuthenticateAsServerAsync(certificate);
                return "handshake completed";
            }
            catch (Exception ex) when (ex is IOException or AuthenticationException)
            {
                return "client aborted the handshake";
            }
        });
        using var transport = new DirectHttpTransport(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5));

        var error = await Assert.ThrowsAsync<HttpRequestException>(() =>
            transport.PostAsync(new Uri($"https://localhost:{port}/"), [], Encoding.UTF8.GetBytes("Action=GetCallerIdentity"), CancellationToken.None));

        Assert.Contains($"could not connect to https://localhost:{port}", error.Message, StringComparison.Ordinal);
        Assert.Contains("certificate", error.Message, StringComparison.OrdinalIgnoreCase);
        // The server saw a TLS ClientHello (with TLS 1.3 its side of the handshake may complete before the
        // client rejects the certificate and hangs up).
        Assert.Contains(await handshake.WaitAsync(TimeSpan.FromSeconds(10)), new[] { "handshake completed", "client aborted the handshake" });
    }

    private static X509Certificate2 SelfSigned(string host)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={host}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(host);
        request.CertificateExtensions.Add(names.Build());
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        // Re-import so the private key is usable by SslStream on Linux.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), null);
    }
}
