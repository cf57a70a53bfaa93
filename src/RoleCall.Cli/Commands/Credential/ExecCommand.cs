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
        usage: rolecall exec PROFILE [--mfa-code CODE] [--server] -- COMMAND [ARGS...]

        COMMAND gets AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN, AWS_CREDENTIAL_EXPIRATION,
        the region and ROLECALL_PROFILE; AWS_PROFILE, AWS_DEFAULT_PROFILE and stale key variables are removed so
        nothing overrides them. SIGTERM/SIGHUP/SIGQUIT (and SIGINT not from the terminal) are forwarded;
        rolecall exits with COMMAND's exit code.

        With --server COMMAND gets no keys: rolecall serves them on 127.0.0.1 (the container-credentials
        protocol: AWS_CONTAINER_CREDENTIALS_FULL_URI and AWS_CONTAINER_AUTHORIZATION_TOKEN) and refreshes the
        role session before it expires, so a long-running SDK process never sees expired credentials.

        examples:
          rolecall exec prod -- aws s3 ls
          rolecall exec prod --server -- python3 long_job.py

        """;

    public async Task<int> RunAsync(CommandContext context, CancellationToken cancellation)
    {
        var command = context.Arguments.AfterDoubleDash();
        var mfaCode = context.Arguments.Option("--mfa-code");
        var server = context.Arguments.Flag("--server");
        var profile = context.Arguments.Positional();
        context.Arguments.EnsureConsumed();
        if (command.Count == 0)
        {
            throw UsageException.Custom("exec needs a command after `--`", "rolecall exec PROFILE -- aws sts get-caller-identity");
        }

        var session = CredentialSession.Open(context, services.StsFactory, profile, mfaCode);
        if (server)
        {
            return await RunWithServerAsync(context, session, command, cancellation);
        }

        var credentials = await session.ResolveAsync(cancellation);
        var exported = new ExportedCredentials(credentials, session.Region, session.Profile.Name);
        return await ChildProcess.RunAsync(command, ChildEnvironment(context.Environment, exported), context.Console.IsInputInteractive);
    }

    /// <summary>The child gets the endpoint and its token instead of keys; the first resolve happens before it starts (and prompts now).</summary>
    private static async Task<int> RunWithServerAsync(CommandContext context, CredentialSession session, IReadOnlyList<string> command, CancellationToken cancellation)
    {
        var provider = session.Provider();
        await provider.ResolveAsync(cancellation);
        await using var endpoint = new CredentialsEndpoint(provider, context.Time, context.Debug);
        context.Debug($"credentials endpoint on {endpoint.Url}");
        var environment = ChildEnvironment(context.Environment, new ExportedCredentials(new Core.Identity.AwsCredentials("-", "-"), session.Region, session.Profile.Name));
        foreach (var name in (string[])["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_CREDENTIAL_EXPIRATION", "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE"])
        {
            environment.Remove(name);
        }

        environment["AWS_CONTAINER_CREDENTIALS_FULL_URI"] = endpoint.Url;
        environment["AWS_CONTAINER_AUTHORIZATION_TOKEN"] = endpoint.Token;
        return await ChildProcess.RunAsync(command, environment, context.Console.IsInputInteractive);
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
