using RoleCall.Core.Errors;

namespace RoleCall.Server.Auth;

/// <summary>A Query request whose signature names another service than the endpoint it reached (scope only in a form body).</summary>
internal static class AuthErrors
{
    public static AwsServiceException WrongService(string expected, string service) =>
        new("SignatureDoesNotMatch", $"Credential should be scoped to correct service: '{expected}', not '{service}'.", 403);
}
