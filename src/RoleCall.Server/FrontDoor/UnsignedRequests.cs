using Microsoft.AspNetCore.Http;
using RoleCall.Server.Http;

namespace RoleCall.Server.FrontDoor;

/// <summary>
/// Where a request without a readable SigV4 scope goes, so its error comes in the protocol it looks like:
/// a Query call (`POST /` form, or `?Action=`) to IAM's endpoint (MissingAuthenticationToken, or STS's
/// namespace by its Version); anything else, when S3 is offered, to S3 (anonymous: AccessDenied in S3's shape).
/// </summary>
internal static class UnsignedRequests
{
    public static string ServiceFor(HttpRequest request, FrontDoorRoutes routes)
    {
        var looksLikeQuery = request.Query.ContainsKey("Action")
            || (HttpMethods.IsPost(request.Method) && request.Path.Value is null or "/"
                && request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) != false);
        return !looksLikeQuery && routes.Find(ServiceNames.S3) is not null ? ServiceNames.S3 : ServiceNames.Iam;
    }
}
