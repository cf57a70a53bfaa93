using RoleCall.Cli.Commands.Credential;
using RoleCall.Cli.Hosting;
using RoleCall.Core.Errors;
using RoleCall.Credentials.Sts;

namespace RoleCall.Cli.Commands.Sts;

/// <summary>`rolecall sts get-access-key-info --access-key-id AKIA...`.</summary>
internal sealed class GetAccessKeyInfoCommand(CredentialServices services) : ICommand
{
    public string Name => "sts get-access-key-info";

    public string Summary => "the account an access key belongs to";

    public string Help => "usage: rolecall sts get-access-key-info --access-key-id KEY\n";

    public async Task<int> RunAsync(CommandContext context, CancellationToken cancellation)
    {
        var keyId = StsParameters.For(context).Value("--access-key-id", context.Arguments.RequiredOption("--access-key-id"))!;
        context.Arguments.EnsureConsumed();
        StsParameterRules.CheckAccessKeyId(keyId);
        var session = CredentialSession.Open(context, services.StsFactory);
        var output = new StsOutput(context, session);
        var credentials = await session.ResolveForStsAsync(cancellation);
        var response = await session.Sts.GetAccessKeyInfoAsync(credentials, keyId, cancellation);
        output.Write(response.Result, "GetAccessKeyInfo");
        return ExitCodes.Success;
    }
}
