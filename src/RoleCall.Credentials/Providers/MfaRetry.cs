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

    /// <summary>
    /// A typed code botocore would refuse before sending (<see cref="MfaErrors.MinCodeLength"/>): true when a person
    /// gets another try; otherwise it is refused in botocore's words, so it never reaches STS.
    /// </summary>
    public static bool AskAgainForShortCode(string? serial, string? code, IMfaTokenSource mfa, int attempt)
    {
        if (serial is null || code is not { Length: < MfaErrors.MinCodeLength })
        {
            return false;
        }

        if (mfa.CanRetry && attempt < AssumeRoleProvider.MaxMfaAttempts)
        {
            return true;
        }

        throw MfaErrors.CodeTooShort(serial, code);
    }

    public static bool IsMalformedCode(AwsServiceException error) =>
        error.Code == "ValidationError" && error.Message.Contains("'tokenCode'", StringComparison.Ordinal);
}
