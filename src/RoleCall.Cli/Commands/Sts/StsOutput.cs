using RoleCall.Cli.Commands.Credential;
using RoleCall.Cli.Hosting;
using RoleCall.Cli.Output;
using RoleCall.Protocol.Query;

namespace RoleCall.Cli.Commands.Sts;

/// <summary>Prints an STS result as the AWS CLI does: --query first, then --output (json by default).</summary>
internal sealed class StsOutput
{
    private readonly ResponsePrinter _printer;

    // Settled before any call, so a bad --query or output setting fails without touching STS.
    public StsOutput(CommandContext context, CredentialSession session) =>
        _printer = ResponsePrinter.For(context.Globals, session.Environment.Get("AWS_DEFAULT_OUTPUT"), session.Profile.Get, context.Out);

    public void Write(ResultNode result, string operation) => _printer.Write(result, operation);
}
