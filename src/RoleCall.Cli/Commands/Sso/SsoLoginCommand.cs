using RoleCall.Cli.Commands.Credential;
using RoleCall.Cli.Hosting;
using RoleCall.Core.Errors;
using RoleCall.Credentials.Sso;

namespace RoleCall.Cli.Commands.Sso;

/// <summary>`rolecall sso login`: the AWS CLI v2's device login, writing the token cache both tools read.</summary>
internal sealed class SsoLoginCommand(CredentialServices services) : ICommand
{
    public string Name => "sso login";

    public string Summary => "log in to IAM Identity Center (device flow); the token is shared with the AWS CLI v2";

    public string Help => """
        usage: rolecall sso login [--profile P | --sso-session NAME] [--no-browser] [--use-device-code]

        Registers a client with IAM Identity Center, shows the verification URL and code (and opens the
        default browser unless --no-browser), waits for the approval, and caches the access token in
        ~/.aws/sso/cache exactly as `aws sso login` does. --use-device-code is accepted for the AWS CLI's
        sake: the device flow is the one rolecall runs.

        """;

    public async Task<int> RunAsync(CommandContext context, CancellationToken cancellation)
    {
        var args = context.Arguments;
        var sessionName = args.Option("--sso-session");
        var noBrowser = args.Flag("--no-browser");
        args.Flag("--use-device-code");
        args.EnsureConsumed();
        var session = CredentialSession.Open(context, services.StsFactory);
        var target = SsoSessionTarget.From(session, sessionName);
        var sso = session.SsoFor(context);
        var login = new SsoLogin(sso.Client, sso.Tokens, context.Time);
        try
        {
            await login.RunAsync(target.SessionName, target.StartUrl, target.Region, target.Scopes, DevicePrompt.For(context, noBrowser), cancellation);
        }
        catch (AwsServiceException e) when (e.Code is "ExpiredTokenException" or "AccessDeniedException" or "AuthorizationPendingException")
        {
            throw new ConfigurationException($"SSO login failed: {e.Code}: {e.Message}", "run `rolecall sso login` again and approve the code before it expires");
        }

        await context.Out.WriteLineAsync($"Successfully logged into Start URL: {target.StartUrl}");
        return ExitCodes.Success;
    }
}
