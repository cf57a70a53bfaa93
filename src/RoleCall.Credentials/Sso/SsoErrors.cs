using System.Globalization;
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

    private const string LoginAgain = "run `rolecall sso login` again; add --use-device-code to approve the login on another device";

    public static ConfigurationException LoginTimedOut(TimeSpan timeout) =>
        new($"SSO login timed out: the browser did not come back to the login within {timeout.TotalMinutes.ToString("0.##", CultureInfo.InvariantCulture)} minutes", LoginAgain);

    public static ConfigurationException LoginRefused(string error, string? description) => error == "access_denied"
        ? new("SSO login failed: access was denied in the browser (access_denied)", "run `rolecall sso login` again and choose Allow access")
        : new($"SSO login failed: the authorization answered {error}{(description is null ? "" : ": " + description)}", LoginAgain);

    public static ConfigurationException StateMismatch() =>
        new("SSO login failed: the browser's answer does not belong to this login (state parameter does not match expected value); it was refused", LoginAgain);

    public static ConfigurationException CodeRefused(string code, string message) =>
        new($"SSO login failed: CreateToken refused the authorization code ({code}: {message})", LoginAgain);
}
