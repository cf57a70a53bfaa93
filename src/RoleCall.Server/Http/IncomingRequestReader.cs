using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using RoleCall.Protocol.Query;

namespace RoleCall.Server.Http;

/// <summary>
/// HttpContext -> <see cref="IncomingRequest"/>: the raw target for SigV4, the whole body (it is hashed and
/// small), and the Query-protocol parameters from the query string and a form body.
/// </summary>
internal static class IncomingRequestReader
{
    public static async ValueTask<IncomingRequest> ReadAsync(HttpContext http)
    {
        var request = http.Request;
        var target = http.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path + request.QueryString;
        var question = target.IndexOf('?', StringComparison.Ordinal);
        var rawPath = question < 0 ? target : target[..question];
        var rawQuery = question < 0 ? string.Empty : target[(question + 1)..];

        // A GET without Content-Length or chunked framing has no body: skip the stream entirely.
        var canHaveBody = http.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody ?? true;
        var body = canHaveBody ? await ReadBodyAsync(request, http.RequestAborted) : [];
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        FormCodec.AddTo(parameters, rawQuery);
        if (body.Length > 0 && IsForm(request.ContentType))
        {
            FormCodec.AddTo(parameters, body);
        }

        return new IncomingRequest(request.Method, rawPath, rawQuery, request.Headers, body, parameters);
    }

    private static async ValueTask<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken cancellation)
    {
        if (request.ContentLength is { } length)
        {
            if (length == 0)
            {
                return [];
            }

            // Kestrel enforces MaxRequestBodySize before we allocate more than that.
            var buffer = new byte[length];
            await request.Body.ReadExactlyAsync(buffer, cancellation);
            return buffer;
        }

        using var copy = new MemoryStream();
        await request.Body.CopyToAsync(copy, cancellation);
        return copy.ToArray();
    }

    /// <summary>Clients send `application/x-www-form-urlencoded; charset=utf-8`; some omit the content type.</summary>
    private static bool IsForm(string? contentType) =>
        contentType is null || contentType.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);
}
