using RoleCall.Core.Errors;

namespace RoleCall.Credentials.Mfa;

/// <summary>MFA problems the user can fix, one line each with a hint.</summary>
public static class MfaErrors
{
    public static ConfigurationException CodeRequired(string serial) =>
        new($"an MFA code is required for {serial} and none was given",
            "type the code at the prompt, or pass --mfa-code 123456 or set ROLECALL_MFA_CODE for scripts");

    /// <summary>STS's model gives TokenCode a minimum length of 6, which botocore checks before sending.</summary>
    public const int MinCodeLength = 6;

    /// <summary>
    /// A typed code shorter than <see cref="MinCodeLength"/> (an empty line included): refused before the call in
    /// botocore's words and exit code, as the AWS CLI refuses what getpass read, with rolecall's hint.
    /// </summary>
    public static ParameterValidationException CodeTooShort(string serial, string code) =>
        ParameterValidationException.Of(
            [$"Invalid length for parameter TokenCode, value: {code.Length}, valid min length: {MinCodeLength}"],
            $"the MFA code for {serial} is the 6 digits the device shows now; type it at the prompt, or pass --mfa-code 123456 or set ROLECALL_MFA_CODE");

    /// <summary>
    /// True for STS's answer to a wrong or reused one-time code. AWS has no separate error code for it, so its
    /// message is the signal (AccessDenied "MultiFactorAuthentication failed with invalid MFA one time pass code.").
    /// </summary>
    public static bool IsRejectedCode(AwsServiceException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Code == "AccessDenied" && error.Message.Contains("MultiFactorAuthentication", StringComparison.OrdinalIgnoreCase);
    }
}
