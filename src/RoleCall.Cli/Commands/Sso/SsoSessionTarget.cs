using RoleCall.Cli.Commands.Credential;
using RoleCall.Core.Errors;

namespace RoleCall.Cli.Commands.Sso;

/// <summary>
/// What `sso login` logs in to: the sso-session named by `--sso-session`, else the selected profile's
/// (`sso_session`, or the legacy `sso_start_url` + `sso_region`), as the AWS CLI v2 decides.
/// </summary>
internal sealed record SsoSessionTarget(string? SessionName, string StartUrl, string Region, IReadOnlyList<string>? Scopes)
{
    public Credentials.Sso.SsoLoginRequest Request => new(SessionName, StartUrl, Region, Scopes);

    public static SsoSessionTarget From(CredentialSession session, string? sessionName)
    {
        ArgumentNullException.ThrowIfNull(session);
        var sessions = session.Resolver.Files.SsoSessions;
        var profile = session.Profile;
        sessionName ??= profile.Get("sso_session");
        if (sessionName is null)
        {
            var startUrl = profile.Get("sso_start_url");
            var region = profile.Get("sso_region");
            return startUrl is not null && region is not null
                ? new SsoSessionTarget(null, startUrl, region, null)
                : throw new ConfigurationException($"Missing the following required SSO configuration values: sso_start_url, sso_region (profile {profile.Name})",
                    "run `rolecall configure sso`, or name an [sso-session] with --sso-session");
        }

        if (sessions is null || !sessions.TryGetValue(sessionName, out var section))
        {
            throw new ConfigurationException($"sso-session named `{sessionName}` was not found in the config file", "add an [sso-session NAME] section with sso_start_url and sso_region");
        }

        var url = section.Get("sso_start_url") ?? throw new ConfigurationException($"sso-session {sessionName} has no sso_start_url", "add it to the [sso-session] section");
        var ssoRegion = section.Get("sso_region") ?? throw new ConfigurationException($"sso-session {sessionName} has no sso_region", "add it to the [sso-session] section");
        // Absent scopes stay null: botocore keys the cached client registration on what is configured.
        var scopes = section.Get("sso_registration_scopes")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new SsoSessionTarget(sessionName, url, ssoRegion, scopes);
    }
}
