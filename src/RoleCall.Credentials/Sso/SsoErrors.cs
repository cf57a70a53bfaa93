using RoleCall.Core.Errors;

namespace RoleCall.Credentials.Sso;

/// <summary>The AWS CLI's SSO messages, pointing to `rolecall sso login` instead of `aws sso login`.</summary>
public static class SsoErrors
{
    public static ConfigurationException TokenMissing(string profile, string sessionOrUrl) =>
        new($"Error loading SSO Token: Token for {sessionOrUrl} does not exist",
            $"run `rolecall sso login --profile {profile}` (or `aws sso login --profile {profile}`)");

    public static ConfigurationException TokenExpired(string profile) =>
        new("The SSO session associated with this profile has expired or is otherwise invalid.",
            $"to refresh this SSO session run `rolecall sso login --profile {profile}`");

    public static ConfigurationException NoRole(string profile) =>
        new($"profile {profile} names an SSO session but no sso_account_id and sso_role_name, so it yields a token, not credentials",
            "add sso_account_id and sso_role_name to the profile (`rolecall configure sso` writes them)");

    public static ConfigurationException Incomplete(string profile) =>
        new($"profile {profile} is missing sso_start_url or sso_region",
            "set both in the profile, or name an [sso-session] that has them");

    public static ConfigurationException NotConfigured(string profile) =>
        new($"profile {profile} uses IAM Identity Center, which this command cannot reach", "run it through the rolecall CLI");
}
