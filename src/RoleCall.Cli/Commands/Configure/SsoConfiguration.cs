using RoleCall.Config.Editing;
using RoleCall.Config.Profiles;
using RoleCall.Core.Errors;
using RoleCall.Credentials.Sso;

namespace RoleCall.Cli.Commands.Configure;

/// <summary>
/// `configure sso` as the AWS CLI v2 runs it (awscli/customizations/configure/sso.py): the SSO session (a new
/// one asks for start URL, region and scopes; none at all is the legacy form), the device login, the account
/// and the role, the CLI's default region and output, the profile name; then the profile section and, for a
/// new session, the `[sso-session NAME]` section, in the AWS CLI's key order.
/// </summary>
internal sealed class SsoConfiguration(ProfileResolver resolver, SsoQuestions ask, TextWriter error, SsoServices sso, TimeProvider time)
{
    public const string LegacyWarning = "WARNING: Configuring using legacy format (e.g. without an SSO session).\nConsider re-running \"configure sso\" command and providing a session name.";

    /// <param name="fixedProfile">The profile named by --profile or AWS_PROFILE: its values are the current ones and its name is not asked.</param>
    /// <param name="login">Logs in for the session, start URL, region and scopes answered (<see cref="Sso.SsoLoginFlow"/>).</param>
    /// <param name="cancellation">Stops the login.</param>
    /// <returns>The profile written.</returns>
    public async Task<string> RunAsync(string? fixedProfile, Func<SsoLoginRequest, CancellationToken, Task<SsoToken>> login, CancellationToken cancellation)
    {
        var current = resolver.Files.Profiles.GetValueOrDefault(fixedProfile ?? "default");
        var profileValues = new List<KeyValuePair<string, string>>();
        var sessionValues = new List<KeyValuePair<string, string>>();
        var session = Session(current?.Get("sso_session"));
        string startUrl, region;
        IReadOnlyList<string>? scopes = null; // botocore keys the client registration on the configured scopes, none included
        if (session is null)
        {
            error.WriteLine(LegacyWarning);
            startUrl = ask.Required("SSO start URL", current?.Get("sso_start_url"), StartUrlProblem);
            region = ask.Required("SSO region", current?.Get("sso_region"));
            profileValues.AddRange([new("sso_start_url", startUrl), new("sso_region", region)]);
        }
        else if (resolver.SsoSession(session) is { } existing)
        {
            profileValues.Add(new("sso_session", session));
            startUrl = existing.Get("sso_start_url") ?? throw new ConfigurationException($"sso-session {session} has no sso_start_url", "add it to the [sso-session] section");
            region = existing.Get("sso_region") ?? throw new ConfigurationException($"sso-session {session} has no sso_region", "add it to the [sso-session] section");
            scopes = existing.Get("sso_registration_scopes") is { } configured ? Scopes(configured) : null;
        }
        else
        {
            profileValues.Add(new("sso_session", session));
            startUrl = ask.Required("SSO start URL", null, StartUrlProblem);
            region = ask.Required("SSO region", null);
            var rawScopes = ask.Required("SSO registration scopes", SsoLogin.DefaultScope, ScopesProblem);
            scopes = Scopes(rawScopes);
            sessionValues.AddRange([new("sso_start_url", startUrl), new("sso_region", region), new("sso_registration_scopes", rawScopes)]);
        }

        var token = await login(new SsoLoginRequest(session, startUrl, region, scopes), cancellation);
        var (accountId, roleName) = await PickAsync(region, token.AccessToken, cancellation);
        profileValues.AddRange([new("sso_account_id", accountId), new("sso_role_name", roleName)]);
        AddIfAnswered(profileValues, "region", ask.Ask("CLI default client Region", current?.Get("region")));
        AddIfAnswered(profileValues, "output", ask.Ask("CLI default output format", current?.Get("output")));
        var profile = fixedProfile ?? ask.Required("CLI profile name", $"{roleName}-{accountId}");

        var editor = new ProfileEditor(resolver.Paths, time);
        editor.SetValues(profile, profileValues);
        foreach (var (key, value) in sessionValues)
        {
            editor.SetSectionValue($"sso-session {session}", key, value);
        }

        return profile;
    }

    /// <summary>The session name: `SSO session name (Recommended): `, or `[current]` when the profile names one; empty is none.</summary>
    private string? Session(string? current)
    {
        var answer = ask.Ask("SSO session name", current, current is null ? "SSO session name (Recommended): " : null);
        return string.IsNullOrEmpty(answer) ? null : answer;
    }

    private async Task<(string AccountId, string RoleName)> PickAsync(string region, string accessToken, CancellationToken cancellation)
    {
        var accounts = await sso.Client.ListAccountsAsync(region, accessToken, cancellation);
        if (accounts.Count == 0)
        {
            throw new ConfigurationException("No AWS accounts are available to you.", "ask your administrator to assign you a permission set in an account");
        }

        string accountId;
        if (accounts.Count == 1)
        {
            accountId = accounts[0].AccountId;
            error.WriteLine($"The only AWS account available to you is: {accountId}");
        }
        else
        {
            error.WriteLine($"There are {accounts.Count} AWS accounts available to you.");
            accountId = ask.Choose(accounts, a => a.Display, a => a.AccountId, "Account").AccountId;
        }

        error.WriteLine($"Using the account ID {accountId}");
        var roles = await sso.Client.ListAccountRolesAsync(region, accessToken, accountId, cancellation);
        string role;
        switch (roles.Count)
        {
            case 0:
                throw new ConfigurationException($"No roles are available for the account {accountId}", "ask your administrator to assign you a permission set in it");
            case 1:
                role = roles[0];
                error.WriteLine($"The only role available to you is: {role}");
                break;
            default:
                error.WriteLine($"There are {roles.Count} roles available to you.");
                role = ask.Choose(roles, r => r, r => r, "Role");
                break;
        }

        error.WriteLine($"Using the role name \"{role}\"");
        return (accountId, role);
    }

    private static void AddIfAnswered(List<KeyValuePair<string, string>> values, string key, string? answer)
    {
        if (!string.IsNullOrEmpty(answer))
        {
            values.Add(new(key, answer));
        }
    }

    private static string[] Scopes(string raw) => raw.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string? StartUrlProblem(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? null : "Not a valid Start URL";

    private static string? ScopesProblem(string raw) =>
        raw.Split(',').Any(scope => scope.Trim().Any(char.IsWhiteSpace)) ? "Scope values must be separated by commas" : null;
}
