using RoleCall.Core.Errors;

namespace RoleCall.IdentityCenter.Portal;

/// <summary>The portal API's errors (`__type` and `message`). https://docs.aws.amazon.com/singlesignon/latest/PortalAPIReference/</summary>
public static class PortalErrors
{
    public static AwsServiceException Unauthorized() => new("UnauthorizedException", "Session token not found or invalid", 401);

    public static AwsServiceException NoAccess() => new("ForbiddenException", "No access", 403);

    public static AwsServiceException NotFound(string message) => new("ResourceNotFoundException", message, 404);

    public static AwsServiceException Invalid(string message) => new("InvalidRequestException", message, 400);
}
