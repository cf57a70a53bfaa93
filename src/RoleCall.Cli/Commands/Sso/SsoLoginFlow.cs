using RoleCall.Cli.Hosting;
using RoleCall.Credentials.Sso;

namespace RoleCall.Cli.Commands.Sso;

/// <summary>
/// Which flow logs in (`sso login`, `configure sso`), as the AWS CLI v2 decides since 2.22: an sso-session uses
/// the authorization-code grant with PKCE unless --use-device-code; a legacy profile always uses the device flow.
/// </summary>
internal static class SsoLoginFlow
{
    public static Task<SsoToken> RunAsync(CommandContext context, SsoServices sso, SsoLoginRequest request, bool noBrowser, bool useDeviceCode, int redirectPort, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(sso);
        ArgumentNullException.ThrowIfNull(request);
        return request.SessionName is not null && !useDeviceCode
            ? new SsoAuthCodeLogin(sso.Client, sso.Tokens, context.Time) { RedirectPort = redirectPort }.RunAsync(request, DevicePrompt.ForAuthorizationUrl(context, noBrowser), cancellation)
            : new SsoLogin(sso.Client, sso.Tokens, context.Time).RunAsync(request, DevicePrompt.For(context, noBrowser), cancellation);
    }
}
