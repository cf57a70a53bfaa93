using RoleCall.Cli.Hosting;
using RoleCall.Core.Errors;
using RoleCall.Credentials.Export;

namespace RoleCall.Cli.Commands.Credential;

/// <summary>`rolecall configure export-credentials`: the AWS CLI v2 command, with its formats and output.</summary>
internal sealed class ExportCredentialsCommand(CredentialServices services) : ICommand
{
    public string Name => "configure export-credentials";

    public string Summary => "export credentials as the AWS CLI v2 does (process, env, env-no-export, powershell, windows-cmd, fish)";

    public string Help => """
        usage: rolecall configure export-credentials [--profile P] [--format process|env|env-no-export|powershell|windows-cmd|fish]

        The AWS CLI v2's command, output byte for byte: `process` (default) is credential_process JSON, the
        others are one assignment per line. Ignores --query and --output, as the AWS CLI does.

        """;

    public async Task<int> RunAsync(CommandContext context, CancellationToken cancellation)
    {
        var format = context.Arguments.Option("--format") ?? "process";
        var mfaCode = context.Arguments.Option("--mfa-code");
        context.Arguments.EnsureConsumed();
        if (!CredentialFormats.AwsCliExport.TryGetValue(format, out var formatter))
        {
            throw UsageException.InvalidChoice("--format", format, CredentialFormats.AwsCliExport.Keys);
        }

        var session = CredentialSession.Open(context, services.StsFactory, mfaCode: mfaCode);
        var credentials = await session.ResolveAsync(cancellation);
        await context.Out.WriteAsync(formatter.Format(new ExportedCredentials(credentials, session.Region, session.Profile.Name)));
        return ExitCodes.Success;
    }
}
