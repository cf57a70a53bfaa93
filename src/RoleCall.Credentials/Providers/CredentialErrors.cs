using RoleCall.Core.Errors;

namespace RoleCall.Credentials.Providers;

/// <summary>Run-time credential failures, one line each naming the profile or source, with a hint.</summary>
public static class CredentialErrors
{
    public static CredentialException StsRefused(string what, string? profile, AwsServiceException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var requestId = error.RequestId is null ? string.Empty : $" (request ID {error.RequestId})";
        var hint = error.Code switch
        {
            "AccessDenied" when Mfa.MfaErrors.IsRejectedCode(error) => "the MFA code was wrong or already used; wait for the next code and try again",
            "ValidationError" when MfaRetry.IsMalformedCode(error) => "an MFA code is the 6 digits the device shows now; type it again",
            "AccessDenied" => "check that the role's trust policy allows the source identity (and external ID/MFA it requires), and that the source may call sts:AssumeRole",
            "ExpiredToken" => "the source session expired: run `rolecall cache clear` and try again, or refresh the source credentials",
            "InvalidClientTokenId" or "SignatureDoesNotMatch" => "the source access key is unknown or its secret is wrong; check the source profile's keys",
            _ => null,
        };
        return new($"{what}{ForProfile(profile)} failed: {error.Code}: {error.Message}{requestId}", hint, ExitCodes.ServiceError, error)
        {
            ServiceError = error,
            Doing = $"{what}{ForProfile(profile)}",
        };
    }

    public static CredentialException Unreachable(string what, string? profile, Exception inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        return new($"{what}{ForProfile(profile)} failed after retries: {inner.Message}",
            "check the network and the endpoint (--endpoint-url, AWS_ENDPOINT_URL_STS, the profile's endpoint_url)",
            ExitCodes.OtherFailure, inner);
    }

    public static CredentialException Expired(string source, DateTimeOffset expiration) =>
        new($"the session credentials from {source} expired at {expiration.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}",
            "get fresh credentials (for example `eval \"$(rolecall env PROFILE)\"`) or unset the stale AWS_* variables",
            ExitCodes.OtherFailure);

    /// <summary>
    /// A credential_process that failed. When it is rolecall itself (`rolecall: what` + `hint: ...` on stderr)
    /// its error is lifted into one line with its hint, and a recursion error passes through unchanged.
    /// </summary>
    public static CredentialException ProcessFailed(string profile, int exitCode, string stderr)
    {
        ArgumentNullException.ThrowIfNull(stderr);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var nested = lines.FirstOrDefault(l => l.StartsWith(NestedPrefix, StringComparison.Ordinal))?[NestedPrefix.Length..];
        var nestedHint = lines.FirstOrDefault(l => l.StartsWith(HintPrefix, StringComparison.Ordinal))?[HintPrefix.Length..];
        if (nested is not null && nested.StartsWith(RecursionPrefix, StringComparison.Ordinal))
        {
            return new(nested, nestedHint, ExitCodes.InvalidConfiguration);
        }

        if (nested is not null)
        {
            return new($"credential_process of profile '{profile}' failed: {nested}", nestedHint ?? ProcessHint, ExitCodes.OtherFailure);
        }

        return new($"credential_process of profile '{profile}' exited with code {exitCode}{(lines.Length == 0 ? string.Empty : ": " + string.Join(" ", lines))}",
            ProcessHint, ExitCodes.OtherFailure);
    }

    public static CredentialException ProcessRecursion(string profile, IEnumerable<string> chain) =>
        new($"{RecursionPrefix} profile '{profile}' is already being resolved by an outer rolecall ({string.Join(" -> ", chain)})",
            $"a profile whose credential_process is `rolecall credential-process` must not lead back to itself: give one profile in the chain its own credentials (keys, role_arn + source_profile, sso) instead of credential_process",
            ExitCodes.InvalidConfiguration);

    public static CredentialException ProcessOutputInvalid(string profile, string reason) =>
        new($"credential_process of profile '{profile}' printed an invalid response: {reason}",
            "it must print {\"Version\": 1, \"AccessKeyId\": ..., \"SecretAccessKey\": ...} on stdout", ExitCodes.OtherFailure);

    public static CredentialException EndpointFailed(string source, string reason) =>
        new($"could not get credentials from the {source}: {reason}",
            "this works only on AWS compute with a role attached; configure a profile elsewhere", ExitCodes.OtherFailure);

    private const string NestedPrefix = "rolecall: ";

    private const string HintPrefix = "hint: ";

    private const string RecursionPrefix = "credential_process recursion:";

    private const string ProcessHint = "run the credential_process command by hand to see what it needs";

    private static string ForProfile(string? profile) => profile is null ? string.Empty : $" for profile '{profile}'";
}
