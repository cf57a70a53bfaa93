using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using RoleCall.Core.Identity;
using RoleCall.Core.Time;
using RoleCall.Protocol.SigV4;

namespace RoleCall.EndToEnd.Tests.S3;

/// <summary>
/// S3 requests signed on the wire by hand (RoleCall's SigV4 signer with S3's options), so a test can send
/// exactly the bad input a real client never would: a wrong chunk signature, a lying payload hash.
/// </summary>
internal sealed class S3Wire(Uri server, AwsCredentials credentials)
{
    public static readonly SigV4Options Options = new() { NormalizePath = false, DoubleEncodePath = false, AddContentSha256Header = true };

    public Uri Server { get; } = server;

    public string Host => $"{Server.Host}:{Server.Port}";

    /// <summary>A request whose `x-amz-content-sha256` is <paramref name="payloadHash"/> (default: the body's real hash).</summary>
    public (HttpRequestMessage Request, string Signature, DateTimeOffset Time) Signed(string method, string pathAndQuery, byte[]? body,
        string? payloadHash = null, params (string Name, string Value)[] headers)
    {
        var question = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        var path = question < 0 ? pathAndQuery : pathAndQuery[..question];
        var query = question < 0 ? string.Empty : pathAndQuery[(question + 1)..];
        var toSign = new SigV4Request(method, path, query).WithHeader("Host", Host);
        foreach (var (name, value) in headers)
        {
            toSign.WithHeader(name, value);
        }

        toSign.PayloadSha256 = payloadHash ?? PayloadHash.Of(body ?? []);
        var now = DateTimeOffset.UtcNow;
        var signature = new SigV4Signer().Sign(toSign, credentials, "us-east-1", "s3", now, Options);
        var message = new HttpRequestMessage(new HttpMethod(method), new Uri(Server, pathAndQuery));
        if (body is not null)
        {
            message.Content = new ByteArrayContent(body);
        }

        foreach (var (name, value) in headers.Concat(signature.HeadersToAdd.Select(h => (h.Key, h.Value))))
        {
            if (!message.Headers.TryAddWithoutValidation(name, value))
            {
                message.Content ??= new ByteArrayContent([]);
                message.Content.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return (message, signature.Signature, now);
    }

    /// <summary>
    /// An aws-chunked PUT signed with STREAMING-AWS4-HMAC-SHA256-PAYLOAD, chunks of <paramref name="chunkSize"/>;
    /// <paramref name="corruptChunk"/> (0-based, or -1) gets a wrong signature.
    /// </summary>
    public HttpRequestMessage ChunkedPut(string path, byte[] data, int chunkSize, int corruptChunk = -1)
    {
        var chunks = Enumerable.Range(0, (data.Length + chunkSize - 1) / chunkSize).Select(i => data.AsSpan(i * chunkSize, Math.Min(chunkSize, data.Length - (i * chunkSize))).ToArray()).Append([]).ToList();
        var (request, seed, time) = Signed("PUT", path, null, "STREAMING-AWS4-HMAC-SHA256-PAYLOAD",
            ("Content-Encoding", "aws-chunked"), ("x-amz-decoded-content-length", data.Length.ToString(CultureInfo.InvariantCulture)));
        var scope = new CredentialScope(AwsTimeFormats.ToScopeDate(time), "us-east-1", "s3");
        var key = SigningKeyCache.Shared.GetKey(credentials.SecretAccessKey, scope);
        var body = new MemoryStream();
        var previous = seed;
        for (var i = 0; i < chunks.Count; i++)
        {
            var chunk = chunks[i];
            var stringToSign = $"AWS4-HMAC-SHA256-PAYLOAD\n{AwsTimeFormats.ToAmzDate(time)}\n{scope}\n{previous}\n{SigV4Constants.EmptyPayloadHash}\n{Convert.ToHexStringLower(SHA256.HashData(chunk))}";
            var signature = Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(stringToSign)));
            previous = signature;
            var sent = i == corruptChunk ? new string('0', 64) : signature;
            body.Write(Encoding.ASCII.GetBytes($"{chunk.Length:x};chunk-signature={sent}\r\n"));
            body.Write(chunk);
            body.Write("\r\n"u8);
        }

        var content = new ByteArrayContent(body.ToArray());
        content.Headers.TryAddWithoutValidation("Content-Encoding", "aws-chunked");
        request.Content = content;
        return request;
    }

    /// <summary>An aws-chunked PUT with STREAMING-UNSIGNED-PAYLOAD-TRAILER and a CRC32 trailer of <paramref name="trailerValue"/>.</summary>
    public HttpRequestMessage TrailerPut(string path, byte[] data, string trailerValue)
    {
        var (request, _, _) = Signed("PUT", path, null, "STREAMING-UNSIGNED-PAYLOAD-TRAILER",
            ("Content-Encoding", "aws-chunked"), ("x-amz-decoded-content-length", data.Length.ToString(CultureInfo.InvariantCulture)),
            ("x-amz-trailer", "x-amz-checksum-crc32"));
        var body = new MemoryStream();
        body.Write(Encoding.ASCII.GetBytes($"{data.Length:x}\r\n"));
        body.Write(data);
        body.Write(Encoding.ASCII.GetBytes($"\r\n0\r\nx-amz-checksum-crc32:{trailerValue}\r\n\r\n"));
        var content = new ByteArrayContent(body.ToArray());
        content.Headers.TryAddWithoutValidation("Content-Encoding", "aws-chunked");
        request.Content = content;
        return request;
    }

    /// <summary>The raw request head of a signed PUT, for a test that then sends fewer body bytes than it declares.</summary>
    public string RawPutHead(string path, long declaredLength)
    {
        var (request, _, _) = Signed("PUT", path, null, "UNSIGNED-PAYLOAD");
        var head = new StringBuilder($"PUT {path} HTTP/1.1\r\nHost: {Host}\r\nContent-Length: {declaredLength}\r\n");
        foreach (var header in request.Headers)
        {
            head.Append(header.Key).Append(": ").Append(string.Join(",", header.Value)).Append("\r\n");
        }

        request.Dispose();
        return head.Append("\r\n").ToString();
    }
}
