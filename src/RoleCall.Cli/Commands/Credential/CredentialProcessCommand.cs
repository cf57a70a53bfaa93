using RoleCall.Cli.Hosting;
using RoleCall.Core.Errors;
using RoleCall.Credentials.Export;
using RoleCall.Credentials.Providers;

namespace RoleCall.Cli.Commands.Credential;

/// <summary>
/// `rolecall credential-process --profile P`: Version 1 JSON for `credential_process =`, so the AWS CLI and
/// every SDK use RoleCall's chain, cache and MFA prompt (on the terminal: they capture stderr). A profile that
/// an outer rolecall is already resolving (see <see cref="ProcessChain"/>) is refused instead of recursing.
/// </summary>
internal sealed class CredentialProcessCommand(CredentialServices services) : ICommand
{
    public string Name => "credential-process";

    public string Summary => "print Version 1 credential_process JSON for a profile";

    public string Help => """
        usage: rolecall credential-process --profile P [--mfa-code CODE]

        In ~/.aws/config:
          [profile via-rolecall]
          credential_process = rolecall credential-process --profile prod

        """;

    public async Task<int> RunAsync(CommandContext context, CancellationToken cancellation)
    {
        var mfaCode = context.Arguments.Option("--mfa-code");
        var profile = context.Arguments.Positional();
        context.Arguments.EnsureConsumed();
        var session = CredentialSession.Open(context, services.StsFactory, profile, mfaCode);
        ProcessChain.EnsureNotResolving(session.Profile.Name, context.Environment.GetValueOrDefault(ProcessChain.VariableName));
        var credentials = await session.ResolveAsync(cancellation);
        await context.Out.WriteAsync(ProcessJsonFormatter.CredentialProcess.Format(new ExportedCredentials(credentials, session.Region, session.Profile.Name)));
        return ExitCodes.Success;
    }
}
