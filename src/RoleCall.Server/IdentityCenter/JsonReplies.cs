using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using RoleCall.Core.Errors;

namespace RoleCall.Server.IdentityCenter;

/// <summary>
/// Answers of the JSON protocols: JSON 1.1 (identitystore, sso-admin) and REST-JSON (SSO OIDC, the portal).
/// Errors carry the exception type in `x-amzn-ErrorType`, where botocore reads the code first, and in the
/// body as `__type` with `message`; SSO OIDC's body is OAuth's `{"error", "error_description"}` instead.
/// </summary>
internal static class JsonReplies
{
    public const string Json11 = "application/x-amz-json-1.1";
    public const string RestJson = "application/json";

    public static Task WriteAsync(HttpContext http, JsonObject body, string requestId, string contentType, int status = 200)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = contentType;
        http.Response.Headers["x-amzn-RequestId"] = requestId;
        var bytes = Encoding.UTF8.GetBytes(body.ToJsonString(JsonSerializerOptions.Default));
        http.Response.ContentLength = bytes.Length;
        return http.Response.Body.WriteAsync(bytes).AsTask();
    }

    public static Task WriteErrorAsync(HttpContext http, AwsServiceException error, string requestId, string contentType)
    {
        http.Response.Headers["x-amzn-ErrorType"] = error.Code;
        var body = new JsonObject { ["__type"] = error.Code, ["message"] = error.Message };
        return WriteAsync(http, body, requestId, contentType, error.HttpStatus);
    }

    public static Task WriteOAuthErrorAsync(HttpContext http, AwsServiceException error, string requestId)
    {
        http.Response.Headers["x-amzn-ErrorType"] = error.Code;
        var body = new JsonObject { ["error"] = RoleCall.IdentityCenter.Oidc.OidcErrors.OAuthCode(error.Code), ["error_description"] = error.Message };
        return WriteAsync(http, body, requestId, RestJson, error.HttpStatus);
    }

    /// <summary>A request body as a JSON object: an empty body is `{}`; anything else unparsable is the caller's error.</summary>
    public static JsonObject ReadObject(byte[] body, Func<string, AwsServiceException> invalid)
    {
        if (body.Length == 0)
        {
            return [];
        }

        try
        {
            return JsonNode.Parse(body) as JsonObject ?? throw invalid("The request body must be a JSON object.");
        }
        catch (JsonException)
        {
            throw invalid("The request body is not valid JSON.");
        }
    }
}
