using RoleCall.Core.Errors;

namespace RoleCall.Server.Auth;

/// <summary>The authentication failure the SigV4 verifier cannot see: a scope naming neither of our services.</summary>
internal static class AuthErrors
{
    public static AwsServiceException WrongService(string service) =>
        new("SignatureDoesNotMatch", $"Credential should be scoped to correct service: 'iam' or 'sts', not '{service}'.", 403);
}
