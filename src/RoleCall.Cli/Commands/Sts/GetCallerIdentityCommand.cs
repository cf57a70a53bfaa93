using RoleCall.Cli.Commands.Credential;
using RoleCall.Cli.Hosting;
using RoleCall.Core.Errors;

namespace RoleCall.Cli.Commands.Sts;

/// <summary>`rolecall sts get-caller-identity`.</summary>
internal sealed class GetCallerIdentityCommand(CredentialServices services) : ICommand
{
    public string Name => "sts get-caller-identity";

    public string Summary => "who am I: the user or role session behind the profile's credentials";

    public string Help => "usage: rolecall sts get-caller-identity [--profile P] [--mfa-code CODE]\n";

    public async Task<int> RunAsync(CommandContext context, CancellationToken cancellation)
    {
        var mfaCode = context.Arguments.Option("--mfa-code");
        context.Arguments.EnsureConsumed();
        var session = CredentialSession.Open(context, services.StsFactory, mfaCode: mfaCode);
        var output = new StsOutput(context, session);
        var credentials = await session.ResolveForStsAsync(cancellation);
        var response = await session.Sts.GetCallerIdentityAsync(credentials, cancellation);
        output.Write(response.Result, "GetCallerIdentity");
        return ExitCodes.Success;
    }
}
