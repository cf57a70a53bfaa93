using System.Net.Http.Headers;
using System.Text;
using RoleCall.Core.Identity;
using RoleCall.Protocol.SigV4;

namespace RoleCall.Server.Tests.Support;

/// <summary>Requests signed by RoleCall's own SigV4 signer, as the AWS CLI would send them.</summary>
internal static class SignedRequests
{
    public const string FormType = "application/x-www-form-urlencoded; charset=utf-8";

    public static DateTimeOffset Now => TimeProvider.System.GetUtcNow();

    /// <summary>A form POST to `/` signed in the Authorization header.</summary>
    public static HttpRequestMessage Post(Uri server, string form, AwsCredentials credentials, string service = "iam", DateTimeOffset? signedAt = null)
    {
        var body = Encoding.UTF8.GetBytes(form);
        var toSign = new SigV4Request("POST", "/").WithHeader("Host", HostOf(server)).WithHeader("Content-Type", FormType);
        toSign.PayloadSha256 = PayloadHash.Of(body);
        var signature = new SigV4Signer().Sign(toSign, credentials, "us-east-1", service, signedAt ?? Now);

        var message = new HttpRequestMessage(HttpMethod.Post, new Uri(server, "/")) { Content = new ByteArrayContent(body) };
        message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(FormType);
        foreach (var (name, value) in signature.HeadersToAdd)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        return message;
    }

    /// <summary>A presigned GET: the action's parameters and the signature all in the query string.</summary>
    public static HttpRequestMessage PresignedGet(Uri server, string query, AwsCredentials credentials, TimeSpan expires, string service = "iam", DateTimeOffset? signedAt = null)
    {
        var toSign = new SigV4Request("GET", "/", query).WithHeader("Host", HostOf(server));
        var presigned = new SigV4Signer().Presign(toSign, credentials, "us-east-1", service, signedAt ?? Now, expires);
        return new HttpRequestMessage(HttpMethod.Get, new Uri(server, "/?" + presigned.Query));
    }

    /// <summary>An unsigned form POST.</summary>
    public static HttpRequestMessage Unsigned(Uri server, string form, string? authorization = null)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, new Uri(server, "/")) { Content = new StringContent(form, Encoding.UTF8) };
        message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(FormType);
        if (authorization is not null)
        {
            message.Headers.TryAddWithoutValidation("Authorization", authorization);
            message.Headers.TryAddWithoutValidation("X-Amz-Date", "20261121T120000Z");
        }

        return message;
    }

    private static string HostOf(Uri server) => $"{server.Host}:{server.Port}";
}
