using System.Buffers;
using System.Text;
using Microsoft.AspNetCore.Http;
using RoleCall.Core.Errors;
using RoleCall.Protocol.RestXml;

namespace RoleCall.Server.S3;

/// <summary>
/// The HTTP side of S3's answers: `x-amz-request-id` and `x-amz-id-2` on every response, XML bodies with
/// their Content-Length, errors in S3's shape (a HEAD gets the status alone: it has no body), and object
/// bodies copied from their file in 256 KiB slices.
/// </summary>
internal static class S3Responses
{
    private const int SliceBytes = 256 * 1024;

    public static Task ErrorAsync(HttpContext http, AwsServiceException error, string requestId)
    {
        if (http.Response.HasStarted)
        {
            // Too late for a status: cut the connection so the client sees a broken body, not a short one.
            http.Abort();
            return Task.CompletedTask;
        }

        http.Response.Clear();
        Common(http, requestId);
        http.Response.StatusCode = error.HttpStatus;
        if (HttpMethods.IsHead(http.Request.Method))
        {
            return Task.CompletedTask;
        }

        return WriteAsync(http, RestXmlWriter.Error(error, requestId, HostId(requestId)), RestXmlWriter.ContentType);
    }

    public static Task XmlAsync(HttpContext http, string requestId, byte[] body, int status = StatusCodes.Status200OK)
    {
        Common(http, requestId);
        http.Response.StatusCode = status;
        return WriteAsync(http, body, RestXmlWriter.ContentType);
    }

    public static Task EmptyAsync(HttpContext http, string requestId, int status = StatusCodes.Status200OK)
    {
        Common(http, requestId);
        http.Response.StatusCode = status;
        if (status != StatusCodes.Status204NoContent && status != StatusCodes.Status304NotModified)
        {
            http.Response.ContentLength = 0;
        }

        return Task.CompletedTask;
    }

    /// <summary>Copies <paramref name="length"/> bytes of <paramref name="body"/> from <paramref name="offset"/> into the response.</summary>
    public static async Task BodyAsync(HttpContext http, Stream body, long offset, long length)
    {
        body.Seek(offset, SeekOrigin.Begin);
        var buffer = ArrayPool<byte>.Shared.Rent(SliceBytes);
        try
        {
            var remaining = length;
            while (remaining > 0)
            {
                var read = await body.ReadAsync(buffer.AsMemory(0, (int)Math.Min(SliceBytes, remaining)), http.RequestAborted);
                if (read == 0)
                {
                    throw new IOException("Object body shorter than its recorded size.");
                }

                await http.Response.Body.WriteAsync(buffer.AsMemory(0, read), http.RequestAborted);
                remaining -= read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public static void Common(HttpContext http, string requestId)
    {
        http.Response.Headers["x-amz-request-id"] = requestId;
        http.Response.Headers["x-amz-id-2"] = HostId(requestId);
    }

    /// <summary>S3's opaque host id; ours is derived from the request id so both identify the request.</summary>
    private static string HostId(string requestId) => Convert.ToBase64String(Encoding.ASCII.GetBytes(requestId));

    private static async Task WriteAsync(HttpContext http, byte[] body, string contentType)
    {
        http.Response.ContentType = contentType;
        http.Response.ContentLength = body.Length;
        await http.Response.Body.WriteAsync(body, http.RequestAborted);
    }
}
