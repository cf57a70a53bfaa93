using RoleCall.Core.Errors;
using RoleCall.Credentials.Mfa;

namespace RoleCall.Credentials.Providers;

/// <summary>
/// Which STS refusals a person at a terminal may answer with another MFA code: a wrong or reused code
/// (AccessDenied) and a mistyped one that is not six digits (STS's ValidationError on `tokenCode`).
/// </summary>
internal static class MfaRetry
{
    public static bool IsBadCode(AwsServiceException error) =>
        MfaErrors.IsRejectedCode(error) || IsMalformedCode(error);

    public static bool IsMalformedCode(AwsServiceException error) =>
        error.Code == "ValidationError" && error.Message.Contains("'tokenCode'", StringComparison.Ordinal);
}
