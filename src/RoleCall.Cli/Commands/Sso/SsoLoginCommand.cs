using System.Globalization;
using RoleCall.Cli.Commands.Credential;
using RoleCall.Cli.Hosting;
using RoleCall.Core.Errors;

namespace RoleCall.Cli.Commands.Sso;

/// <summary>
/// `rolecall sso login`: as the AWS CLI v2 (2.22 and later) logs in (<see cref="SsoLoginFlow"/> picks PKCE or the
/// device flow), writing the token cache both tools read.
/// </summary>
internal sealed class SsoLoginCommand(CredentialServices services) : ICommand
{
    public string Name => "sso login";

    public string Summary => "log in to IAM Identity Center (PKCE in the browser, or --use-device-code); the token is shared with the AWS CLI v2";

    public string Help => """
        usage: rolecall sso login [--profile P | --sso-session NAME] [--no-browser] [--use-device-code] [--redirect-port N]

        For an [sso-session], opens the default browser (unless --no-browser, which prints the URL) at IAM
        Identity Center's authorization page, with PKCE (S256) and a one-time state; once you sign in and allow
        access, the browser comes back to a listener on 127.0.0.1 (a free port, or --redirect-port /
        sso_redirect_port) and the code is exchanged for a token. The wait ends after 10 minutes.
        --use-device-code, and every legacy profile (sso_start_url in the profile), use the device flow instead:
        a URL and code to approve on any device. The token is cached in ~/.aws/sso/cache, and the client
        registration beside it, exactly as `aws sso login` caches them.

        """;

    public async Task<int> RunAsync(CommandContext context, CancellationToken cancellation)
    {
        var args = context.Arguments;
        var sessionName = args.Option("--sso-session");
        var noBrowser = args.Flag("--no-browser");
        var deviceCode = args.Flag("--use-device-code");
        var portOption = args.Option("--redirect-port");
        args.EnsureConsumed();
        var session = CredentialSession.Open(context, services.StsFactory);
        var target = SsoSessionTarget.From(session, sessionName);
        var port = RedirectPort(portOption, "--redirect-port") ?? RedirectPort(target.SessionName is null ? null : SessionValue(session, target.SessionName, "sso_redirect_port"), "sso_redirect_port") ?? 0;
        var sso = session.SsoFor(context);
        try
        {
            await SsoLoginFlow.RunAsync(context, sso, target.Request, noBrowser, deviceCode, port, cancellation);
        }
        catch (AwsServiceException e) when (e.Code is "ExpiredTokenException" or "AccessDeniedException" or "AuthorizationPendingException")
        {
            throw new ConfigurationException($"SSO login failed: {e.Code}: {e.Message}", "run `rolecall sso login` again and approve the code before it expires");
        }

        await context.Out.WriteLineAsync($"Successfully logged into Start URL: {target.StartUrl}");
        return ExitCodes.Success;
    }

    private static string? SessionValue(CredentialSession session, string name, string key) =>
        session.Resolver.Files.SsoSessions is { } sessions && sessions.TryGetValue(name, out var section) ? section.Get(key) : null;

    /// <summary>The AWS CLI's check: an integer from 1 to 65535.</summary>
    private static int? RedirectPort(string? value, string name) => value switch
    {
        null => null,
        _ when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is >= 1 and <= 65535 => port,
        _ => throw new ConfigurationException($"Invalid value for {name}: '{value}'. Value must be an integer between 1 and 65535.", "leave it out to use a free port"),
    };
}
