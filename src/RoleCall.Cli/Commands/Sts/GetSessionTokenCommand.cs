using RoleCall.Cli.Commands.Credential;
using RoleCall.Cli.Hosting;
using RoleCall.Core.Errors;
using RoleCall.Credentials.Sts;

namespace RoleCall.Cli.Commands.Sts;

/// <summary>`rolecall sts get-session-token [--duration-seconds N] [--serial-number S --token-code C]`.</summary>
internal sealed class GetSessionTokenCommand(CredentialServices services) : ICommand
{
    public string Name => "sts get-session-token";

    public string Summary => "temporary credentials for the calling user, optionally MFA-authenticated";

    public string Help => "usage: rolecall sts get-session-token [--duration-seconds N] [--serial-number ARN] [--token-code CODE]\n";

    public async Task<int> RunAsync(CommandContext context, CancellationToken cancellation)
    {
        var p = StsParameters.For(context);
        var request = new GetSessionTokenRequest(
            context.Arguments.IntOption("--duration-seconds"),
            p.Value("--serial-number", context.Arguments.Option("--serial-number")),
            p.Value("--token-code", context.Arguments.Option("--token-code")));
        context.Arguments.EnsureConsumed();
        StsParameterRules.Check(request);
        var session = CredentialSession.Open(context, services.StsFactory);
        var output = new StsOutput(context, session);
        var credentials = await session.ResolveForStsAsync(cancellation);
        var response = await session.Sts.GetSessionTokenAsync(credentials, request, cancellation);
        output.Write(response.Result, "GetSessionToken");
        return ExitCodes.Success;
    }
}
