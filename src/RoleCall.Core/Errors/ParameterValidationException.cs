namespace RoleCall.Core.Errors;

/// <summary>
/// botocore's client-side parameter validation failed (exit 252, as the AWS CLI v2). The message is botocore's:
/// "Parameter validation failed:" and one problem per line, e.g. "Invalid length for parameter RoleSessionName,
/// value: 1, valid min length: 2"; it is printed as is, after a blank line, as the AWS CLI prints it.
/// </summary>
public sealed class ParameterValidationException : RoleCallException
{
    private ParameterValidationException(string message, string? hint)
        : base(message, hint)
    {
    }

    public override int ExitCode => ExitCodes.BadSyntax;

    public static ParameterValidationException Of(IEnumerable<string> problems, string? hint = null) =>
        new("Parameter validation failed:\n" + string.Join('\n', problems), hint);
}
