using System.Text.Json;
using RoleCall.Web.Tests.Support;

namespace RoleCall.Web.Tests;

/// <summary>Issue 12: /federation getSigninToken and login, with AWS's rules and single-use, server-issued tokens.</summary>
public sealed class FederationTests : IAsyncLifetime
{
    private ConsoleWorld world = null!;

    public async Task InitializeAsync() => world = await ConsoleWorld.StartAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task Should_sign_in_a_role_session_once_and_refuse_a_replayed_token()
    {
        world.CreateUser("alice", Policies.AssumeAndSelfManage);
        world.CreateRole("admin", requireMfa: false);
        var session = AssumeAsAlice("admin");
        using var browser = new ConsoleClient(world.Url);

        var token = await TokenAsync(browser, session);
        var login = await browser.GetAsync($"/federation?Action=login&Issuer=test&Destination={Uri.EscapeDataString("http://elsewhere.example/console")}&SigninToken={token}");
        var home = await browser.GetAsync("/console");
        using var other = new ConsoleClient(world.Url);
        var replay = await other.GetAsync($"/federation?Action=login&Issuer=test&Destination=%2Fconsole&SigninToken={token}");

        Assert.Equal("/console", login.Location);
        Assert.Contains("assumed-role/admin/alice", home.Html, StringComparison.Ordinal);
        Assert.Equal(400, replay.Status);
        Assert.Contains("This sign-in link is not valid", replay.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_accept_only_credentials_this_server_issued()
    {
        using var browser = new ConsoleClient(world.Url);
        var forged = """{"sessionId":"ASIAFORGED0000000000","sessionKey":"x","sessionToken":"y"}""";

        var page = await browser.GetAsync($"/federation?Action=getSigninToken&Session={Uri.EscapeDataString(forged)}");

        Assert.Equal(400, page.Status);
        Assert.Contains("issued by this server", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_session_duration_for_federation_tokens_and_role_chaining()
    {
        world.CreateUser("alice", Policies.AssumeAndSelfManage);
        world.CreateRole("first", requireMfa: false, """{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "*"}]}""");
        world.CreateRole("second", requireMfa: false);
        world.Call(ConsoleWorld.ProdAccount, "UpdateAssumeRolePolicy", ("RoleName", "second"), ("PolicyDocument",
            """{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::210987654321:root"}, "Action": "sts:AssumeRole"}]}"""));
        var first = AssumeAsAlice("first");
        var chainedResult = world.Server.Iam.Execute(world.Server.Iam.FindSigningKey(first.Id)!.Caller,
            new Protocol.Query.QueryRequest("sts", "AssumeRole", "2011-06-15", new Dictionary<string, string> { ["RoleArn"] = "arn:aws:iam::210987654321:role/second", ["RoleSessionName"] = "chain" }),
            new Iam.RequestInfo("127.0.0.1", false, "us-east-1", "t"));
        var federated = world.Call(ConsoleWorld.UsersAccount, "GetFederationToken", ("Name", "fed"));
        using var browser = new ConsoleClient(world.Url);

        var chained = await browser.GetAsync("/federation?Action=getSigninToken&Session=" + Uri.EscapeDataString(Json(Credentials(chainedResult))));
        var withDuration = await browser.GetAsync("/federation?Action=getSigninToken&SessionDuration=3600&Session=" + Uri.EscapeDataString(Json(Credentials(federated))));

        Assert.Contains("role chaining cannot sign in", chained.Html, StringComparison.Ordinal);
        Assert.Contains("SessionDuration cannot be used with credentials from GetFederationToken", withDuration.Html, StringComparison.Ordinal);
    }

    private (string Id, string Key, string Token) AssumeAsAlice(string role)
    {
        var key = world.Call(ConsoleWorld.UsersAccount, "CreateAccessKey", ("UserName", "alice"))!;
        var alice = world.Server.Iam.FindSigningKey(Text(key, "AccessKey", "AccessKeyId"))!.Caller;
        var result = world.Server.Iam.Execute(alice, new Protocol.Query.QueryRequest("sts", "AssumeRole", "2011-06-15",
            new Dictionary<string, string> { ["RoleArn"] = $"arn:aws:iam::210987654321:role/{role}", ["RoleSessionName"] = "alice" }),
            new Iam.RequestInfo("127.0.0.1", false, "us-east-1", "t"));
        return Credentials(result);
    }

    private static (string Id, string Key, string Token) Credentials(Protocol.Query.ResultStruct? result) =>
        (Text(result, "Credentials", "AccessKeyId"), Text(result, "Credentials", "SecretAccessKey"), Text(result, "Credentials", "SessionToken"));

    private static string Json((string Id, string Key, string Token) c) =>
        JsonSerializer.Serialize(new Dictionary<string, string> { ["sessionId"] = c.Id, ["sessionKey"] = c.Key, ["sessionToken"] = c.Token });

    private static async Task<string> TokenAsync(ConsoleClient browser, (string Id, string Key, string Token) session)
    {
        var page = await browser.GetAsync("/federation?Action=getSigninToken&Session=" + Uri.EscapeDataString(Json(session)));
        Assert.Equal(200, page.Status);
        return JsonDocument.Parse(page.Html).RootElement.GetProperty("SigninToken").GetString()!;
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
