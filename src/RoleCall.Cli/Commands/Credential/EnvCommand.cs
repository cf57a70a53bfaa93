using RoleCall.Cli.Hosting;
using RoleCall.Core.Errors;
using RoleCall.Credentials.Export;

namespace RoleCall.Cli.Commands.Credential;

/// <summary>`rolecall env [PROFILE] [--format F]`: the profile's credentials as shell assignments on stdout.</summary>
internal sealed class EnvCommand(CredentialServices services) : ICommand
{
    public string Name => "env";

    public string Summary => "print a profile's credentials for a shell: eval \"$(rolecall env PROFILE)\"";

    public string Help => """
        usage: rolecall env [PROFILE] [--format bash|zsh|fish|powershell|cmd|dotenv|json] [--mfa-code CODE]

        Prints AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN, AWS_CREDENTIAL_EXPIRATION,
        AWS_REGION/AWS_DEFAULT_REGION (when the profile has a region) and ROLECALL_PROFILE, quoted for the shell.
        Sessions come from ~/.aws/cli/cache (shared with the AWS CLI) while they have 15 minutes left.
        MFA prompts go to the terminal, never stdout; scripts pass --mfa-code or ROLECALL_MFA_CODE.

        examples:
          eval "$(rolecall env prod)"
          rolecall env prod --format fish | source
          rolecall env prod --format powershell | Invoke-Expression

        """;

    public async Task<int> RunAsync(CommandContext context, CancellationToken cancellation)
    {
        var format = context.Arguments.Option("--format") ?? "bash";
        var mfaCode = context.Arguments.Option("--mfa-code");
        var profile = context.Arguments.Positional();
        context.Arguments.EnsureConsumed();
        if (!CredentialFormats.Env.TryGetValue(format, out var formatter))
        {
            throw UsageException.InvalidChoice("--format", format, CredentialFormats.Env.Keys);
        }

        var session = CredentialSession.Open(context, services.StsFactory, profile, mfaCode);
        var credentials = await session.ResolveAsync(cancellation);
        await context.Out.WriteAsync(formatter.Format(new ExportedCredentials(credentials, session.Region, session.Profile.Name)));
        return ExitCodes.Success;
    }
}
