using System.Buffers;
using Microsoft.AspNetCore.Http;
using RoleCall.Core.Errors;
using RoleCall.Protocol.Query;

namespace RoleCall.Server.Http;

/// <summary>
/// The HTTP side of a Query response: status, `Content-Type: text/xml`, the `x-amzn-RequestId` header and a
/// Content-Length; the body in AWS's shape comes from the protocol's <see cref="QueryXmlWriter"/>.
/// </summary>
internal static class ResponseWriter
{
    public static Task WriteSuccessAsync(HttpContext http, QueryRequest query, ResultStruct? result, string requestId)
    {
        var body = new ArrayBufferWriter<byte>(1024);
        QueryXmlWriter.WriteSuccess(body, query.Action, QueryNamespaces.ForService(query.Service), result, requestId);
        return WriteAsync(http, StatusCodes.Status200OK, body.WrittenMemory, requestId);
    }

    public static Task WriteErrorAsync(HttpContext http, string service, AwsServiceException error, string requestId)
    {
        var body = new ArrayBufferWriter<byte>(512);
        QueryXmlWriter.WriteError(body, QueryNamespaces.ForService(service), error, requestId);
        return WriteAsync(http, error.HttpStatus, body.WrittenMemory, requestId);
    }

    private static async Task WriteAsync(HttpContext http, int status, ReadOnlyMemory<byte> body, string requestId)
    {
        var response = http.Response;
        response.StatusCode = status;
        response.ContentType = QueryXmlWriter.ContentType;
        response.Headers["x-amzn-RequestId"] = requestId;
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, http.RequestAborted);
    }
}
