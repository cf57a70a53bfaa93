using System.Text.Json;
using Microsoft.AspNetCore.Http;
using RoleCall.Core.Errors;
using RoleCall.Server.Http;

namespace RoleCall.Server.FrontDoor;

/// <summary>
/// The front door's own errors in the shape the request's client parses: JSON (`__type` + `message`) for
/// JSON-protocol requests (an `X-Amz-Target` header or a JSON content type), else the Query XML
/// `&lt;ErrorResponse&gt;`, which botocore's Query, EC2 and REST-XML parsers all read.
/// </summary>
internal static class ErrorResponses
{
    public static Task WriteAsync(HttpContext http, AwsServiceException error, string requestId)
    {
        var request = http.Request;
        var json = request.Headers.ContainsKey("X-Amz-Target")
            || request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true;
        return json ? WriteJsonAsync(http, error, requestId) : ResponseWriter.WriteErrorAsync(http, ServiceNames.Iam, error, requestId);
    }

    private static async Task WriteJsonAsync(HttpContext http, AwsServiceException error, string requestId)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["__type"] = error.Code, ["message"] = error.Message });
        var response = http.Response;
        response.StatusCode = error.HttpStatus;
        response.ContentType = "application/x-amz-json-1.1";
        response.Headers["x-amzn-RequestId"] = requestId;
        response.Headers["x-amzn-ErrorType"] = error.Code;
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, http.RequestAborted);
    }
}
