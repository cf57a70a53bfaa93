using Microsoft.AspNetCore.Http;
using RoleCall.Core.Errors;
using RoleCall.Protocol.Query;

namespace RoleCall.Server.Http;

/// <summary>
/// The HTTP side of a Query response: status, `Content-Type: text/xml`, the `x-amzn-RequestId` header and a
/// Content-Length; the body in AWS's shape comes from the protocol's <see cref="QueryXmlWriter"/>, rendered
/// into pooled segments and then copied once into Kestrel's response pipe.
/// </summary>
internal static class ResponseWriter
{
    public static Task WriteSuccessAsync(HttpContext http, QueryRequest query, ResultStruct? result, string requestId)
    {
        var body = new ResponseBody();
        QueryXmlWriter.WriteSuccess(body, query.Action, QueryNamespaces.ForService(query.Service), result, requestId);
        return WriteAsync(http, StatusCodes.Status200OK, body, requestId);
    }

    public static Task WriteErrorAsync(HttpContext http, string service, AwsServiceException error, string requestId)
    {
        var body = new ResponseBody();
        QueryXmlWriter.WriteError(body, QueryNamespaces.ForService(service), error, requestId);
        return WriteAsync(http, error.HttpStatus, body, requestId);
    }

    private static async Task WriteAsync(HttpContext http, int status, ResponseBody body, string requestId)
    {
        using (body)
        {
            var response = http.Response;
            response.StatusCode = status;
            response.ContentType = QueryXmlWriter.ContentType;
            response.Headers["x-amzn-RequestId"] = requestId;
            response.ContentLength = body.Length;

            // Headers first: body bytes written before them would be buffered and copied once more by Kestrel.
            // The pipe owns its copy once CopyTo returns, so the segments go back to the pool right after.
            await response.StartAsync(http.RequestAborted);
            body.CopyTo(response.BodyWriter);
            await response.BodyWriter.FlushAsync(http.RequestAborted);
        }
    }
}
