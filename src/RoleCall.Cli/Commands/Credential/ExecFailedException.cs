using RoleCall.Core.Errors;

namespace RoleCall.Cli.Commands.Credential;

/// <summary>
/// `rolecall exec` could not start the command. The exit codes are a shell's (and `env`'s): 127 when the
/// command is not found, 126 when it is found but cannot be run, so scripts read them the same way.
/// </summary>
internal sealed class ExecFailedException : RoleCallException
{
    private const int NoSuchFile = 2;
    private const int PermissionDenied = 13;

    private ExecFailedException(string message, string hint, int exitCode)
        : base(message, hint)
    {
        ExitCode = exitCode;
    }

    public override int ExitCode { get; }

    /// <summary>From the errno that starting <paramref name="command"/> failed with.</summary>
    public static ExecFailedException CouldNotStart(string command, int errno) => errno switch
    {
        NoSuchFile => new($"exec: {command}: command not found", "check the command name and PATH", 127),
        PermissionDenied => new($"exec: {command}: permission denied", "make the file executable (chmod +x) or run it through its interpreter", 126),
        _ => new($"exec: {command}: could not be started (errno {errno})", "check the command name and PATH", 126),
    };
}
