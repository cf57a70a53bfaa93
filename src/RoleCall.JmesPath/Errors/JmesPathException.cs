using RoleCall.Core.Errors;

namespace RoleCall.JmesPath.Errors;

/// <summary>
/// A JMESPath error: a syntax error with the column where it was found (compile time, exit 252 like the
/// AWS CLI's argument error), or an evaluation error (exit 255). Messages are built in <see cref="JmesPathErrors"/>.
/// </summary>
public sealed class JmesPathException : RoleCallException
{
    internal JmesPathException(JmesPathErrorKind kind, string message, int? position = null, string? hint = null)
        : base(message, hint)
    {
        Kind = kind;
        Position = position;
    }

    public JmesPathErrorKind Kind { get; }

    /// <summary>The 0-based column of the offending token, for syntax errors.</summary>
    public int? Position { get; }

    public override int ExitCode => Kind switch
    {
        JmesPathErrorKind.Syntax or JmesPathErrorKind.InvalidArity or JmesPathErrorKind.UnknownFunction => ExitCodes.BadSyntax,
        _ => ExitCodes.OtherFailure,
    };
}
