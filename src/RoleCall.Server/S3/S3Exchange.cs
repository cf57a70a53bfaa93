using Microsoft.AspNetCore.Http;
using RoleCall.S3.Access;
using RoleCall.Protocol.SigV4;

namespace RoleCall.Server.S3;

/// <summary>One authenticated S3 request as the handlers see it: HTTP, the caller, the target, the decoded query parameters.</summary>
internal sealed class S3Exchange(HttpContext http, string requestId, S3Call call, S3Target target, Dictionary<string, string> query)
{
    public HttpContext Http { get; } = http;

    public HttpRequest Request => Http.Request;

    public string RequestId { get; } = requestId;

    public S3Call Call { get; } = call;

    public string Bucket => Target.Bucket!;

    public string Key => Target.Key!;

    public S3Target Target { get; } = target;

    public Dictionary<string, string> Query { get; } = query;

    /// <summary>The claimed payload hash (`x-amz-content-sha256`): hex, UNSIGNED-PAYLOAD or a STREAMING- mode.</summary>
    public string PayloadHash { get; init; } = "UNSIGNED-PAYLOAD";

    /// <summary>For STREAMING-AWS4-HMAC-SHA256-PAYLOAD bodies: what verifies the chunk signatures.</summary>
    public ChunkSigning? ChunkSigning { get; init; }

    public CancellationToken Aborted => Http.RequestAborted;

    public bool Has(string parameter) => Query.ContainsKey(parameter);

    public string? Parameter(string name) => Query.GetValueOrDefault(name);

    public string? Header(string name) => Request.Headers.TryGetValue(name, out var values) && values.Count > 0 ? values.ToString() : null;
}
