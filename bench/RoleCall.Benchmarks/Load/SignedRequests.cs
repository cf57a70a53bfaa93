using System.Text;
using RoleCall.Core.Identity;
using RoleCall.Protocol.SigV4;

namespace RoleCall.Benchmarks.Load;

/// <summary>Builds one SigV4-signed Query POST (header signing, as the SDKs send them), signed afresh for each request.</summary>
internal sealed class SignedRequests(Uri endpoint)
{
    private readonly SigV4Signer _signer = new();
    private readonly string _host = endpoint.Authority;

    public HttpRequestMessage Create(string service, string body, AwsCredentials credentials)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var toSign = new SigV4Request("POST", "/")
            .WithHeader("Host", _host)
            .WithHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8");
        toSign.PayloadSha256 = PayloadHash.Of(bytes);
        var signature = _signer.Sign(toSign, credentials, "us-east-1", service, DateTimeOffset.UtcNow);
        var message = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(bytes) };
        message.Content.Headers.TryAddWithoutValidation("Content-Type", "application/x-www-form-urlencoded; charset=utf-8");
        foreach (var (name, value) in signature.HeadersToAdd)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        return message;
    }
}
