using RoleCall.Core.Errors;

namespace RoleCall.Cli.Commands.Quickstart;

/// <summary>A setup step of the quickstart failed: the local service did not behave as AWS would.</summary>
internal sealed class QuickstartStepFailedException(string step)
    : RoleCallException($"quickstart: the setup step `{step}` failed; the transcript above shows the service's answer",
        "please report it with the transcript")
{
    public override int ExitCode => ExitCodes.OtherFailure;
}
