using System.Net;
using System.Text.Json;
using RoleCall.Web.Tests.Support;

namespace RoleCall.Web.Tests.Replicas;

/// <summary>
/// Issue 12 (with issue 15): one browser whose requests a round-robin balancer spreads over two replicas. Each
/// step is answered by a replica that did not see the step before, so nothing may live in one process.
/// The same scenarios run over a shared SQLite store and over PostgreSQL.
/// </summary>
internal static class ReplicaScenarios
{
    public static async Task SignInSwitchAndSignOutAsync(ConsoleReplicas replicas)
    {
        var world = replicas.A;
        world.CreateUser("alice", Policies.AssumeAndSelfManage);
        var seed = world.EnableMfa("alice");
        world.CreateRole("admin", requireMfa: true);
        using var onA = new ConsoleClient(world.Url);
        using var onB = new ConsoleClient(replicas.B.Url, onA.Cookies);

        // The password on A, the MFA code on B: the half-finished sign-in travels in its cookie.
        await onA.GetAsync("/signin");
        var password = await onA.PostAsync("/signin", ("account", ConsoleWorld.UsersAccount), ("kind", "user"), ("username", "alice"), ("password", ConsoleWorld.Password));
        Assert.Equal("/signin/mfa", password.Location);
        Assert.Contains("alice @ 123456789012", (await onB.GetAsync("/signin/mfa")).Html, StringComparison.Ordinal);
        var mfa = await onB.PostAsync("/signin/mfa", ("code", ConsoleWorld.NextCode(seed)));
        Assert.Equal("/console", mfa.Location);
        var home = await onA.GetAsync("/console");
        Assert.Contains("arn:aws:iam::123456789012:user/alice</code> with MFA", home.Html, StringComparison.Ordinal);

        // The Switch role form read on A, posted to B (its anti-forgery token holds there); the role requires
        // MFA, which the session from A carries. A then acts as the role, in its colour.
        await onA.GetAsync("/switchrole");
        onB.Csrf = onA.Csrf;
        var switched = await onB.PostAsync("/switchrole", ("account", ConsoleWorld.ProdAccount), ("roleName", "admin"), ("displayName", "Prod"), ("color", "Yellow"));
        Assert.Equal("/console", switched.Location);
        var inRole = await onA.GetAsync("/console");
        Assert.Contains("assumed-role/admin/alice", inRole.Html, StringComparison.Ordinal);
        Assert.Contains("background: #FAD791\" data-testid=\"identity\">Prod", inRole.Html, StringComparison.Ordinal);

        // Switch back on A; B shows the user again. Then sign out on B: a copy of the cookie opens nothing on A.
        Assert.Equal("/console", (await onA.PostAsync("/switchrole/back")).Location);
        Assert.Contains("alice @ 123456789012", (await onB.GetAsync("/console")).Html, StringComparison.Ordinal);
        var copy = onA.Cookies.GetCookies(world.Url)["rolecall-session"]!.Value;
        Assert.Equal("/signin", (await onB.PostAsync("/signin/signout")).Location);
        using var replay = new ConsoleClient(world.Url);
        replay.Cookies.Add(world.Url, new Cookie("rolecall-session", copy));
        Assert.Equal("/signin", (await replay.GetAsync("/console")).Location);
    }

    /// <summary>Wrong passwords spread over both replicas lock the user on both: a balancer gives an attacker no extra guesses.</summary>
    public static async Task LockAUserAcrossReplicasAsync(ConsoleReplicas replicas)
    {
        var world = replicas.A;
        world.CreateUser("alice");
        using var onA = new ConsoleClient(world.Url);
        using var onB = new ConsoleClient(replicas.B.Url);

        var pages = new List<Page>();
        for (var i = 0; i < 5; i++)
        {
            pages.Add(await (i % 2 == 0 ? onA : onB).SignInAsync(ConsoleWorld.UsersAccount, "alice", "Wrong-Pass-1"));
        }

        var rightOnA = await onA.SignInAsync(ConsoleWorld.UsersAccount, "alice", ConsoleWorld.Password);
        var rightOnB = await onB.SignInAsync(ConsoleWorld.UsersAccount, "alice", ConsoleWorld.Password);

        Assert.All(pages.Take(4), p => Assert.Contains("Your authentication information is incorrect", p.Html, StringComparison.Ordinal));
        Assert.Contains("locked for 15 minutes", pages[4].Html, StringComparison.Ordinal);
        Assert.Contains("locked for 15 minutes", rightOnA.Html, StringComparison.Ordinal);
        Assert.Contains("locked for 15 minutes", rightOnB.Html, StringComparison.Ordinal);
    }

    /// <summary>
    /// The access portal behind the balancer (Identity Center shared, so PostgreSQL only): the one-time password on
    /// A, the new password on B, the accounts on A, sign-out on B; a copy of the session cookie opens nothing on A.
    /// </summary>
    public static async Task PortalSignInAndSignOutAsync(ConsoleReplicas replicas)
    {
        var world = replicas.A;
        var portal = new PortalWorld(world);
        using var onA = new ConsoleClient(world.Url);
        using var onB = new ConsoleClient(replicas.B.Url, onA.Cookies);

        await onA.GetAsync("/start");
        var first = await onA.PostAsync("/start/signin", ("username", "alice"), ("password", portal.FirstPassword));
        Assert.Equal("/start/password", first.Location);
        await onB.GetAsync("/start/password");
        var changed = await onB.PostAsync("/start/password", ("newpassword", "Replica-Pass-2468"), ("confirmpassword", "Replica-Pass-2468"));
        Assert.Equal("/start", changed.Location);
        var accounts = await onA.GetAsync("/start");
        Assert.Contains("Alice Doe", accounts.Html, StringComparison.Ordinal);
        Assert.Contains(ConsoleWorld.ProdAccount, accounts.Html, StringComparison.Ordinal);

        var copy = onA.Cookies.GetCookies(world.Url)["rolecall-portal"]!.Value;
        await onB.GetAsync("/start");
        Assert.Equal("/start", (await onB.PostAsync("/start/signout")).Location);
        using var replay = new ConsoleClient(world.Url);
        replay.Cookies.Add(world.Url, new Cookie("rolecall-portal", copy));
        Assert.Contains("<h1>Sign in</h1>", (await replay.GetAsync("/start")).Html, StringComparison.Ordinal);
    }

    public static async Task RedeemSigninTokenOnceAsync(ConsoleReplicas replicas)
    {
        var world = replicas.A;
        world.CreateUser("alice", Policies.AssumeAndSelfManage);
        world.CreateRole("admin", requireMfa: false);
        var key = world.Call(ConsoleWorld.UsersAccount, "CreateAccessKey", ("UserName", "alice"))!;
        var alice = world.Server.Iam.FindSigningKey(Text(key, "AccessKey", "AccessKeyId"))!.Caller;
        var assumed = world.Server.Iam.Execute(alice, new Protocol.Query.QueryRequest("sts", "AssumeRole", "2011-06-15",
            new Dictionary<string, string> { ["RoleArn"] = $"arn:aws:iam::{ConsoleWorld.ProdAccount}:role/admin", ["RoleSessionName"] = "alice" }),
            new Iam.RequestInfo("127.0.0.1", false, "us-east-1", "t"));
        var session = JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["sessionId"] = Text(assumed, "Credentials", "AccessKeyId"),
            ["sessionKey"] = Text(assumed, "Credentials", "SecretAccessKey"),
            ["sessionToken"] = Text(assumed, "Credentials", "SessionToken"),
        });
        using var onA = new ConsoleClient(world.Url);
        using var onB = new ConsoleClient(replicas.B.Url);

        var issued = await onA.GetAsync("/federation?Action=getSigninToken&Session=" + Uri.EscapeDataString(session));
        var token = Uri.EscapeDataString(JsonDocument.Parse(issued.Html).RootElement.GetProperty("SigninToken").GetString()!);
        var login = await onB.GetAsync($"/federation?Action=login&Issuer=test&Destination=%2Fconsole&SigninToken={token}");
        using var other = new ConsoleClient(world.Url);
        var replayed = await other.GetAsync($"/federation?Action=login&Issuer=test&Destination=%2Fconsole&SigninToken={token}");

        Assert.Equal("/console", login.Location);
        Assert.Contains("assumed-role/admin/alice", (await onB.GetAsync("/console")).Html, StringComparison.Ordinal);
        Assert.Equal(400, replayed.Status);
        Assert.Contains("This sign-in link is not valid", replayed.Html, StringComparison.Ordinal);
    }

    private static string Text(Protocol.Query.ResultNode? node, params string[] path)
    {
        foreach (var name in path)
        {
            node = ((Protocol.Query.ResultStruct)node!).Children.Single(c => c.Name == name);
        }

        return ((Protocol.Query.ResultValue)node!).Value;
    }
}
