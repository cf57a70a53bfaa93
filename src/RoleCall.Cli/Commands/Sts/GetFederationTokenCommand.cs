using RoleCall.Cli.Commands.Credential;
using RoleCall.Cli.Hosting;
using RoleCall.Core.Errors;
using RoleCall.Credentials.Sts;

namespace RoleCall.Cli.Commands.Sts;

/// <summary>`rolecall sts get-federation-token --name N [--policy ...] [--policy-arns ...] [--duration-seconds N] [--tags ...]`.</summary>
internal sealed class GetFederationTokenCommand(CredentialServices services) : ICommand
{
    public string Name => "sts get-federation-token";

    public string Summary => "temporary credentials for a federated user";

    public string Help => "usage: rolecall sts get-federation-token --name NAME [--policy JSON|file://F] [--policy-arns arn=ARN ...] [--duration-seconds N] [--tags Key=K,Value=V ...]\n";

    public async Task<int> RunAsync(CommandContext context, CancellationToken cancellation)
    {
        var a = context.Arguments;
        var p = StsParameters.For(context);
        var request = new GetFederationTokenRequest(p.Value("--name", a.RequiredOption("--name"))!)
        {
            Policy = p.Value("--policy", a.Option("--policy")),
            PolicyArns = p.PolicyArns(a.OptionList("--policy-arns")),
            DurationSeconds = a.IntOption("--duration-seconds"),
            Tags = p.Tags(a.OptionList("--tags")),
        };
        a.EnsureConsumed();
        StsParameterRules.Check(request, p.ProblemsOf);
        var session = CredentialSession.Open(context, services.StsFactory);
        var output = new StsOutput(context, session);
        var credentials = await session.ResolveForStsAsync(cancellation);
        var response = await session.Sts.GetFederationTokenAsync(credentials, request, cancellation);
        output.Write(response.Result, "GetFederationToken");
        return ExitCodes.Success;
    }
}
