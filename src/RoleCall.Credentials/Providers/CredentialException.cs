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
}
