using RoleCall.Cli.Commands.Credential;
using RoleCall.Cli.Hosting;
using RoleCall.Core.Errors;
using RoleCall.Credentials.Sts;

namespace RoleCall.Cli.Commands.Sts;

/// <summary>
/// `rolecall sts decode-authorization-message --encoded-message MESSAGE`: the details behind EC2's
/// `Encoded authorization failure message: ...`, printed as the AWS CLI prints them (`{"DecodedMessage": "..."}`;
/// `--query DecodedMessage --output text` gives the JSON alone). The caller needs sts:DecodeAuthorizationMessage.
/// https://docs.aws.amazon.com/STS/latest/APIReference/API_DecodeAuthorizationMessage.html
/// </summary>
internal sealed class DecodeAuthorizationMessageCommand(CredentialServices services) : ICommand
{
    public string Name => "sts decode-authorization-message";

    public string Summary => "the details of an encoded authorization failure message";

    public string Help => "usage: rolecall sts decode-authorization-message --encoded-message MESSAGE\n";

    public async Task<int> RunAsync(CommandContext context, CancellationToken cancellation)
    {
        var message = StsParameters.For(context).Value("--encoded-message", context.Arguments.RequiredOption("--encoded-message"))!;
        context.Arguments.EnsureConsumed();
        StsParameterRules.CheckEncodedMessage(message);
        var session = CredentialSession.Open(context, services.StsFactory);
        var output = new StsOutput(context, session);
        var credentials = await session.ResolveForStsAsync(cancellation);
        var response = await session.Sts.DecodeAuthorizationMessageAsync(credentials, message, cancellation);
        output.Write(response.Result, "DecodeAuthorizationMessage");
        return ExitCodes.Success;
    }
}
