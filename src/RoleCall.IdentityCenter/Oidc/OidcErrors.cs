using RoleCall.Core.Errors;

namespace RoleCall.IdentityCenter.Oidc;

/// <summary>
/// SSO OIDC's errors: the exception type travels in `x-amzn-ErrorType` (botocore reads the code there) and
/// the body is OAuth's `{"error", "error_description"}`. https://docs.aws.amazon.com/singlesignon/latest/OIDCAPIReference/API_CreateToken.html
/// </summary>
public static class OidcErrors
{
    private static readonly Dictionary<string, string> OAuthCodes = new(StringComparer.Ordinal)
    {
        ["AuthorizationPendingException"] = "authorization_pending",
        ["SlowDownException"] = "slow_down",
        ["ExpiredTokenException"] = "expired_token",
        ["AccessDeniedException"] = "access_denied",
        ["InvalidGrantException"] = "invalid_grant",
        ["InvalidClientException"] = "invalid_client",
        ["UnsupportedGrantTypeException"] = "unsupported_grant_type",
        ["InvalidRequestException"] = "invalid_request",
        ["InvalidClientMetadataException"] = "invalid_client_metadata",
    };

    /// <summary>OAuth's error code for an OIDC exception type (`authorization_pending`).</summary>
    public static string OAuthCode(string exceptionType) => OAuthCodes.GetValueOrDefault(exceptionType, "invalid_request");

    public static AwsServiceException Pending() => new("AuthorizationPendingException", "Authorization is still pending", 400);

    public static AwsServiceException SlowDown() => new("SlowDownException", "Client is polling too fast; wait the interval between requests", 400);

    public static AwsServiceException Expired() => new("ExpiredTokenException", "The device code has expired", 400);

    public static AwsServiceException Denied() => new("AccessDeniedException", "The user denied the authorization request", 400);

    public static AwsServiceException InvalidGrant(string message) => new("InvalidGrantException", message, 400);

    public static AwsServiceException InvalidClient() => new("InvalidClientException", "Invalid client: unknown client ID, wrong secret, or an expired registration", 401);

    public static AwsServiceException UnsupportedGrant(string grant) => new("UnsupportedGrantTypeException", $"Unsupported grant type: {grant}", 400);

    public static AwsServiceException InvalidRequest(string message) => new("InvalidRequestException", message, 400);

    public static AwsServiceException InvalidMetadata(string message) => new("InvalidClientMetadataException", message, 400);
}
