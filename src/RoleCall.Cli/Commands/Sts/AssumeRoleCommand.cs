using RoleCall.Cli.Commands.Credential;
using RoleCall.Cli.Hosting;
using RoleCall.Core.Errors;
using RoleCall.Credentials.Sts;

namespace RoleCall.Cli.Commands.Sts;

/// <summary>`rolecall sts assume-role --role-arn A --role-session-name N [...]`, the AWS CLI's flags.</summary>
internal sealed class AssumeRoleCommand(CredentialServices services) : ICommand
{
    public string Name => "sts assume-role";

    public string Summary => "temporary credentials for a role";

    public string Help => """
        usage: rolecall sts assume-role --role-arn ARN --role-session-name NAME [--duration-seconds N]
               [--external-id ID] [--serial-number ARN --token-code CODE] [--policy JSON|file://F]
               [--policy-arns arn=ARN ...] [--tags Key=K,Value=V ...] [--transitive-tag-keys K ...]
               [--source-identity ID]

        """;

    public async Task<int> RunAsync(CommandContext context, CancellationToken cancellation)
    {
        var a = context.Arguments;
        var p = StsParameters.For(context);
        var request = new AssumeRoleRequest(
            p.Value("--role-arn", a.RequiredOption("--role-arn"))!,
            p.Value("--role-session-name", a.RequiredOption("--role-session-name"))!)
        {
            DurationSeconds = a.IntOption("--duration-seconds"),
            ExternalId = p.Value("--external-id", a.Option("--external-id")),
            SerialNumber = p.Value("--serial-number", a.Option("--serial-number")),
            TokenCode = p.Value("--token-code", a.Option("--token-code")),
            Policy = p.Value("--policy", a.Option("--policy")),
            PolicyArns = p.PolicyArns(a.OptionList("--policy-arns")),
            Tags = p.Tags(a.OptionList("--tags")),
            TransitiveTagKeys = a.OptionList("--transitive-tag-keys") ?? [],
            SourceIdentity = p.Value("--source-identity", a.Option("--source-identity")),
        };
        a.EnsureConsumed();
        StsParameterRules.Check(request, p.ProblemsOf);
        var session = CredentialSession.Open(context, services.StsFactory);
        var output = new StsOutput(context, session);
        var credentials = await session.ResolveForStsAsync(cancellation);
        var response = await session.Sts.AssumeRoleAsync(credentials, request, cancellation);
        output.Write(response.Result, "AssumeRole");
        return ExitCodes.Success;
    }
}
