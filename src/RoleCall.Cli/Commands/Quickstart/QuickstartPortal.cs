using System.Text.RegularExpressions;
using RoleCall.Server;

namespace RoleCall.Cli.Commands.Quickstart;

/// <summary>
/// The access portal story (issue 13): the administrator puts user carol in the identity store and assigns her
/// permission set Developer (it may only assume roles) in the second account, whose own administrator creates
/// deploy-role there. carol runs `rolecall sso login` (authorization code with PKCE); the quickstart plays her
/// browser over the service's own portal pages. Her role credentials then come from the portal, and they assume
/// deploy-role, which may read IAM where Developer may not.
/// </summary>
internal sealed partial class QuickstartPortal(QuickstartSandbox sandbox, QuickstartNarrator say, LocalServer server, TimeProvider time)
{
    public const string SecondAccount = "222233334444";
    private const string User = "carol";
    private const string PermissionSet = "Developer";
    private const string FurtherRole = "deploy-role";

    private CancellationToken _cancellation;

    public async Task RunAsync(CancellationToken cancellation)
    {
        _cancellation = cancellation;
        var target = server.AdditionalAccounts.Single(a => a.AccountId == SecondAccount);
        var password = await SetUpIdentityCenterAsync();

        say.Step($"Account {SecondAccount}'s administrator creates {FurtherRole}: sessions of the account may assume it; it may read IAM");
        File.AppendAllText(Path.Combine(sandbox.Home, ".aws", "credentials"),
            $"\n[quickstart-admin-2]\naws_access_key_id = {target.AccessKeyId}\naws_secret_access_key = {target.SecretAccessKey}\n");
        sandbox.AppendConfig($"\n[profile quickstart-admin-2]\nregion = us-east-1\nendpoint_url = {server.Url}\n");
        await AdminAsync("iam", "create-role", "--role-name", FurtherRole, "--assume-role-policy-document",
            $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::{{SecondAccount}}:root"},"Action":"sts:AssumeRole"}]}""");
        await AdminAsync("iam", "put-role-policy", "--role-name", FurtherRole, "--policy-name", "read-iam", "--policy-document",
            """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:Get*","iam:List*"],"Resource":"*"}]}""");

        var profiles = $"[sso-session quickstart]\nsso_start_url = {server.Url}start\nsso_region = us-east-1\nsso_registration_scopes = sso:account:access\n\n"
            + $"[profile portal-dev]\nsso_session = quickstart\nsso_account_id = {SecondAccount}\nsso_role_name = {PermissionSet}\nregion = us-east-1\nendpoint_url = {server.Url}\n\n"
            + $"[profile portal-deploy]\nrole_arn = arn:aws:iam::{SecondAccount}:role/{FurtherRole}\nsource_profile = portal-dev\nregion = us-east-1\nendpoint_url = {server.Url}\n";
        sandbox.AppendConfig("\n" + profiles);
        say.Say($"   {User}'s profiles in the sandbox config (what `rolecall configure sso` writes, plus a role on top):");
        say.Detail(profiles);

        await LogInAsync(password);

        say.Step($"{User}'s credentials come from the portal: who am I? Then a call {PermissionSet} may not make");
        var me = await RunAsync("sts", "get-caller-identity", "--profile", "portal-dev");
        say.Check(me.Code == 0 && Regex.IsMatch(QuickstartSandbox.ArnOf(me.Out), $"^arn:aws:sts::{SecondAccount}:assumed-role/AWSReservedSSO_{PermissionSet}_[0-9a-f]{{16}}/{User}$"),
            $"assumed-role/AWSReservedSSO_{PermissionSet}_.../{User} in {SecondAccount}");
        var denied = await RunAsync("iam", "list-roles", "--profile", "portal-dev");
        say.Detail(denied.Err);
        say.Check(denied.Code == 254 && denied.Err.Contains("An error occurred (AccessDenied) when calling the ListRoles operation", StringComparison.Ordinal), "AccessDenied (exit 254)");

        say.Step($"The portal session is the source of a further role: assume {FurtherRole} and list the roles");
        var further = await RunAsync("sts", "get-caller-identity", "--profile", "portal-deploy");
        say.Check(further.Code == 0 && QuickstartSandbox.ArnOf(further.Out).StartsWith($"arn:aws:sts::{SecondAccount}:assumed-role/{FurtherRole}/", StringComparison.Ordinal), $"assumed-role/{FurtherRole}/...");
        var listed = await RunAsync("iam", "list-roles", "--profile", "portal-deploy", "--query", "Roles[].RoleName", "--output", "text");
        say.Detail(listed.Out);
        say.Check(listed.Code == 0 && listed.Out.Contains($"AWSReservedSSO_{PermissionSet}_", StringComparison.Ordinal) && listed.Out.Contains(FurtherRole, StringComparison.Ordinal),
            $"the roles of {SecondAccount}, {PermissionSet}'s reserved role and {FurtherRole} among them");
    }

    /// <summary>The administrator's calls; returns carol's one-time password.</summary>
    private async Task<string> SetUpIdentityCenterAsync()
    {
        say.Step($"IAM Identity Center: the administrator creates user {User} and permission set {PermissionSet} (it may only assume roles), assigned to {User} in account {SecondAccount}");
        using var api = new QuickstartAdminApi(server.Url, server.Credentials, time);
        say.Say("   $ aws sso-admin list-instances");
        var instance = (await api.SsoAdminAsync("ListInstances", [], _cancellation))["Instances"]![0]!;
        var (instanceArn, storeId) = (instance["InstanceArn"]!.GetValue<string>(), instance["IdentityStoreId"]!.GetValue<string>());
        say.Say($"   $ aws identitystore create-user --identity-store-id {storeId} --user-name {User} --display-name 'Carol Doe' ...");
        var userId = (await api.IdentityStoreAsync("CreateUser", new() { ["IdentityStoreId"] = storeId, ["UserName"] = User, ["DisplayName"] = "Carol Doe" }, _cancellation))["UserId"]!.GetValue<string>();
        say.Say($"   $ aws sso-admin create-permission-set --instance-arn {instanceArn} --name {PermissionSet} --session-duration PT1H");
        var setArn = (await api.SsoAdminAsync("CreatePermissionSet", new() { ["InstanceArn"] = instanceArn, ["Name"] = PermissionSet, ["SessionDuration"] = "PT1H" }, _cancellation))
            ["PermissionSet"]!["PermissionSetArn"]!.GetValue<string>();
        say.Say("   $ aws sso-admin put-inline-policy-to-permission-set ... (sts:AssumeRole on " + FurtherRole + ")");
        await api.SsoAdminAsync("PutInlinePolicyToPermissionSet", new()
        {
            ["InstanceArn"] = instanceArn, ["PermissionSetArn"] = setArn,
            ["InlinePolicy"] = $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"arn:aws:iam::{{SecondAccount}}:role/{{FurtherRole}}"}]}""",
        }, _cancellation);
        say.Say($"   $ aws sso-admin create-account-assignment --target-id {SecondAccount} --target-type AWS_ACCOUNT --principal-type USER ...");
        await api.SsoAdminAsync("CreateAccountAssignment", new()
        {
            ["InstanceArn"] = instanceArn, ["TargetId"] = SecondAccount, ["TargetType"] = "AWS_ACCOUNT",
            ["PermissionSetArn"] = setArn, ["PrincipalType"] = "USER", ["PrincipalId"] = userId,
        }, _cancellation);
        say.Say("   (identitystore CreateOneTimePassword, RoleCall's own action: the password to give carol, printed once)");
        var password = (await api.IdentityStoreAsync("CreateOneTimePassword", new() { ["IdentityStoreId"] = storeId, ["UserId"] = userId }, _cancellation))["OneTimePassword"]!.GetValue<string>();
        say.Check(true, "success (each call signed with the management account's root key)");
        return password;
    }

    /// <summary>`rolecall sso login` waits on its loopback callback while carol's browser goes through the portal.</summary>
    private async Task LogInAsync(string password)
    {
        var args = new[] { "sso", "login", "--profile", "portal-dev", "--no-browser" };
        say.Step($"{User} logs in (authorization code with PKCE): she opens the printed URL, signs in with her one-time password, sets her own, allows access");
        say.Command(args);
        var (console, exit) = sandbox.Start(args, _cancellation);
        using (console)
        {
            string? url = null;
            for (var i = 0; i < 300 && url is null && !exit.IsCompleted; i++)
            {
                url = AuthorizeUrl().Match(console.StandardError) is { Success: true } m ? m.Value : null;
                await Task.Delay(url is null ? 50 : 0, _cancellation);
            }

            say.Say($"     {(url is null ? console.StandardError.Trim() : AuthorizeUrl().Replace(url, "$1..."))}");
            using var browser = new QuickstartBrowser();
            var page = url is null ? "" : await browser.SignInAndAllowAsync(url, User, password, "Quickstart-Portal-42", _cancellation);
            var code = await exit;
            say.Say("     browser: " + (page.Contains("You can now close this tab.", StringComparison.Ordinal) ? "\"Your credentials have been shared successfully ... You can now close this tab.\"" : "(no answer page)"));
            say.Detail(code == 0 ? console.StandardOutput : console.StandardError);
            say.Check(code == 0 && console.StandardOutput.Contains($"Successfully logged into Start URL: {server.Url}start", StringComparison.Ordinal), "a token in the sandbox's ~/.aws/sso/cache, as `aws sso login` caches it");
        }
    }

    private async Task AdminAsync(params string[] args)
    {
        var result = await RunAsync([.. args, "--profile", "quickstart-admin-2"]);
        say.Check(result.Code == 0, $"success{(result.Code == 0 ? string.Empty : " (" + result.Err.Trim() + ")")}");
        _ = result.Code == 0 ? result : throw new QuickstartStepFailedException(string.Join(' ', args.Take(2)));
    }

    private Task<(int Code, string Out, string Err)> RunAsync(params string[] args) => sandbox.RunShownAsync(say, args, _cancellation);

    [GeneratedRegex(@"(http://127\.0\.0\.1:\d+/authorize\?)\S+")]
    private static partial Regex AuthorizeUrl();
}
