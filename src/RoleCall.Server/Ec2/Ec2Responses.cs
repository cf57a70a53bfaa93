using Microsoft.AspNetCore.Http;
using RoleCall.Core.Errors;
using RoleCall.Protocol.Ec2Query;
using RoleCall.Protocol.Query;
using RoleCall.Server.Http;

namespace RoleCall.Server.Ec2;

/// <summary>The HTTP side of an EC2 response: status, `text/xml;charset=UTF-8`, `x-amzn-RequestId`, the body from the EC2 codec.</summary>
internal static class Ec2Responses
{
    public static Task WriteSuccessAsync(HttpContext http, string action, ResultStruct result, string requestId)
    {
        var body = new ResponseBody();
        Ec2XmlWriter.WriteSuccess(body, action, result, requestId);
        return WriteAsync(http, StatusCodes.Status200OK, body, requestId);
    }

    public static Task WriteErrorAsync(HttpContext http, AwsServiceException error, string requestId)
    {
        var body = new ResponseBody();
        Ec2XmlWriter.WriteError(body, error, requestId);
        return WriteAsync(http, error.HttpStatus, body, requestId);
    }

    private static async Task WriteAsync(HttpContext http, int status, ResponseBody body, string requestId)
    {
        using (body)
        {
            var response = http.Response;
            response.StatusCode = status;
            response.ContentType = Ec2Api.ContentType;
            response.Headers["x-amzn-RequestId"] = requestId;
            response.ContentLength = body.Length;
            await response.StartAsync(http.RequestAborted);
            body.CopyTo(response.BodyWriter);
            await response.BodyWriter.FlushAsync(http.RequestAborted);
        }
    }
}
