using RoleCall.Core.Errors;

namespace RoleCall.Credentials.Providers;

/// <summary>
/// Credentials could not be obtained at run time: STS refused or was unreachable, a credential process or
/// metadata endpoint failed, static session credentials expired. Exit 254 when a service said no, else 255.
/// </summary>
public sealed class CredentialException : RoleCallException
{
    internal CredentialException(string message, string? hint, int exitCode, Exception? inner = null)
        : base(message, hint, inner)
    {
        ExitCode = exitCode;
    }

    public override int ExitCode { get; }

    /// <summary>
    /// When a service refused: its error, which the CLI prints in the AWS CLI's one line
    /// (`An error occurred (AccessDenied) when calling the AssumeRole operation: ...`), and what was being done
    /// (`assuming ROLE for profile 'P'`), which goes into the hint line (issue 16, item 3).
    /// </summary>
    public AwsServiceException? ServiceError { get; init; }

    /// <inheritdoc cref="ServiceError"/>
    public string? Doing { get; init; }
}
