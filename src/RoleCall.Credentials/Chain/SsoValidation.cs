using RoleCall.Config.Profiles;
using RoleCall.Credentials.Providers;

namespace RoleCall.Credentials.Chain;

/// <summary>
/// The SDKs' checks on an SSO profile: legacy keys come in pairs, an sso_session must exist and the profile may
/// not contradict it, and a profile without account and role yields a token, not credentials.
/// </summary>
internal static class SsoValidation
{
    public static SsoProvider Validate(ProfileSection section, IReadOnlyDictionary<string, ProfileSection>? sessions, ChainServices services)
    {
        var name = section.Name;
        var accountId = section.Get(ProfileKeys.SsoAccountId);
        var roleName = section.Get(ProfileKeys.SsoRoleName);
        if (roleName is not null && accountId is null)
        {
            throw ChainErrors.InvalidSso(name, "if `sso_role_name` is set, then `sso_account_id` must also be set");
        }

        if (accountId is not null && roleName is null)
        {
            throw ChainErrors.InvalidSso(name, "if `sso_account_id` is set, then `sso_role_name` must also be set");
        }

        var startUrl = section.Get(ProfileKeys.SsoStartUrl);
        var region = section.Get("sso_region");
        if (section.Get(ProfileKeys.SsoSession) is not { } sessionName)
        {
            return new SsoProvider(name, startUrl, region, null, accountId, roleName, services.Sso, services.Time);
        }

        if (sessions is null || !sessions.TryGetValue(sessionName, out var session))
        {
            throw ChainErrors.InvalidSso(name, $"sso-session named `{sessionName}` (referenced by profile `{name}`) was not found");
        }

        var sessionRegion = session.Get("sso_region");
        if (region is not null && region != sessionRegion)
        {
            throw ChainErrors.InvalidSso(name, "`sso_region` can only be specified in the [sso-session] config when a session name is given");
        }

        var sessionUrl = session.Get(ProfileKeys.SsoStartUrl);
        if (startUrl is not null && startUrl != sessionUrl)
        {
            throw ChainErrors.InvalidSso(name, "`sso_start_url` can only be specified in the [sso-session] config when a session name is given");
        }

        return new SsoProvider(name, sessionUrl, sessionRegion, sessionName, accountId, roleName, services.Sso, services.Time);
    }
}
