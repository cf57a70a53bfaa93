using RoleCall.Core.Errors;

namespace RoleCall.Cli.Output;

/// <summary>A response the chosen format cannot print (the AWS CLI fails the same way); exit 255.</summary>
internal sealed class OutputException(string message, string? hint = null) : RoleCallException(message, hint)
{
    public override int ExitCode => ExitCodes.OtherFailure;
}
