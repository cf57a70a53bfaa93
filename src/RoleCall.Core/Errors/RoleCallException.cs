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

    /// <summary>
    /// True when the message is botocore's own words, which scripts and users compare against: it is printed as
    /// the AWS CLI prints it, after a blank line and without rolecall's prefix, then the hint (issue 16).
    /// </summary>
    public virtual bool InAwsCliWords => false;
}
