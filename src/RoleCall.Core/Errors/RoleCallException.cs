namespace RoleCall.Core.Errors;

/// <summary>
/// The base of every error RoleCall reports to a user: a one-line message saying what was wrong and where,
/// an optional hint saying what to do, and the process exit code it maps to (the AWS CLI v2's codes).
/// Messages are built in static factories on the subclasses; callers catch types, never match text.
/// </summary>
public abstract class RoleCallException : Exception
{
    protected RoleCallException(string message, string? hint = null, Exception? inner = null)
        : base(message, inner)
    {
        Hint = hint;
    }

    /// <summary>What the user can do about it, or null when the message says it all.</summary>
    public string? Hint { get; }

    /// <summary>The process exit code: see <see cref="ExitCodes"/>.</summary>
    public abstract int ExitCode { get; }
}
