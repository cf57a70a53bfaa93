using RoleCall.Cli.Hosting;
using RoleCall.Core.Errors;
using RoleCall.Credentials.Export;

namespace RoleCall.Cli.Commands.Credential;

/// <summary>`rolecall exec PROFILE -- CMD ARGS...`: runs CMD with the profile's credentials and exits with its code.</summary>
internal sealed class ExecCommand(CredentialServices services) : ICommand
{
    public string Name => "exec";

    public string Summary => "run a command with a profile's credentials in its environment";

    public string Help => """
        usage: rolecall exec PROFILE [--mfa-code CODE] -- COMMAND [ARGS...]

        COMMAND gets AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN, AWS_CREDENTIAL_EXPIRATION,
        the region and ROLECALL_PROFILE; AWS_PROFILE, AWS_DEFAULT_PROFILE and stale key variables are removed so
        nothing overrides them. SIGTERM/SIGHUP/SIGQUIT (and SIGINT not from the terminal) are forwarded;
        rolecall exits with COMMAND's exit code.

        example: rolecall exec prod -- aws s3 ls

        """;

    public async Task<int> RunAsync(CommandContext context, CancellationToken cancellation)
    {
        var command = context.Arguments.AfterDoubleDash();
        var mfaCode = context.Arguments.Option("--mfa-code");
        var profile = context.Arguments.Positional();
        context.Arguments.EnsureConsumed();
        if (command.Count == 0)
        {
            throw UsageException.Custom("exec needs a command after `--`", "rolecall exec PROFILE -- aws sts get-caller-identity");
        }

        var session = CredentialSession.Open(context, services.StsFactory, profile, mfaCode);
        var credentials = await session.ResolveAsync(cancellation);
        var exported = new ExportedCredentials(credentials, session.Region, session.Profile.Name);
        return await ChildProcess.RunAsync(command, ChildEnvironment(context.Environment, exported), context.Console.IsInputInteractive);
    }

    /// <summary>The caller's environment without anything that would override the credentials, plus the credentials.</summary>
    internal static Dictionary<string, string> ChildEnvironment(IReadOnlyDictionary<string, string> current, ExportedCredentials exported)
    {
        string[] conflicting = ["AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_SECURITY_TOKEN", "AWS_CREDENTIAL_EXPIRATION"];
        var environment = new Dictionary<string, string>(current, StringComparer.Ordinal);
        foreach (var name in conflicting)
        {
            environment.Remove(name);
        }

        foreach (var (name, value) in exported.Variables)
        {
            if (value is not null)
            {
                environment[name] = value;
            }
        }

        return environment;
    }
}
