using System.Buffers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using RoleCall.Protocol.Query;
using RoleCall.Server.Errors;

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
        var body = canHaveBody ? await ReadBodyOrRefuseAsync(request, http.RequestAborted) : [];
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        FormCodec.AddTo(parameters, rawQuery);
        if (body.Length > 0 && IsForm(request.ContentType))
        {
            FormCodec.AddTo(parameters, body);
        }

        return new IncomingRequest(request.Method, rawPath, rawQuery, request.Headers, body, parameters);
    }

    /// <summary>
    /// Kestrel reports broken chunked framing (a chunk size of FFFFFFFFFFFFFFFF overflows its parser) as a
    /// plain IOException (its BadHttpRequestException, also an IOException, carries its own status): that is
    /// the client's malformed request, a 400, not the server's 500.
    /// </summary>
    private static async ValueTask<byte[]> ReadBodyOrRefuseAsync(HttpRequest request, CancellationToken cancellation)
    {
        try
        {
            return await ReadBodyAsync(request, cancellation);
        }
        catch (IOException e) when (e is not BadHttpRequestException && !cancellation.IsCancellationRequested)
        {
            throw ServerFaults.UnreadableBody();
        }
    }

    /// <summary>
    /// Reads the body within <see cref="BufferedBodyPolicy"/>: the declared length is checked before any
    /// allocation, a small declared body is read into an array of its size, and anything else grows a buffer
    /// as bytes arrive (never to the declared size up front), failing as soon as the cap is passed.
    /// </summary>
    private static async ValueTask<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken cancellation)
    {
        if (request.ContentLength is { } length)
        {
            BufferedBodyPolicy.CheckDeclared(length);
            if (length == 0)
            {
                return [];
            }

            if (length <= BufferedBodyPolicy.UpfrontBytes)
            {
                var exact = new byte[length];
                await request.Body.ReadExactlyAsync(exact, cancellation);
                return exact;
            }
        }

        return await ReadGrowingAsync(request.Body, cancellation);
    }

    private static async ValueTask<byte[]> ReadGrowingAsync(Stream body, CancellationToken cancellation)
    {
        using var copy = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(BufferedBodyPolicy.UpfrontBytes);
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk.AsMemory(0, BufferedBodyPolicy.UpfrontBytes), cancellation)) > 0)
            {
                BufferedBodyPolicy.CheckRead(copy.Length + read);
                copy.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return copy.ToArray();
    }

    /// <summary>Clients send `application/x-www-form-urlencoded; charset=utf-8`; some omit the content type.</summary>
    private static bool IsForm(string? contentType) =>
        contentType is null || contentType.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);
}
