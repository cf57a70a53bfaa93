using System.Text;
using RoleCall.Core.Otp;
using RoleCall.Iam.Model;
using RoleCall.Protocol.Query;
using RoleCall.Server;
using RoleCall.Cli.Commands.Serve;

namespace RoleCall.Web.Tests.Support;

/// <summary>
/// The tutorials' two accounts on one in-process server: users (123456789012) with console passwords and MFA,
/// roles in prod (210987654321) whose trust policies name the users' account. Set up as each account's root
/// through the IAM service; the browser then only sees what a user would.
/// </summary>
public sealed class ConsoleWorld : IAsyncDisposable
{
    public const string UsersAccount = "123456789012";
    public const string ProdAccount = "210987654321";
    public const string Password = "Console-Pass-123";

    private ConsoleWorld(LocalServer server) => Server = server;

    public LocalServer Server { get; }

    public Uri Url => Server.Url;

    public const string RootPassword = "Root-Pass-12345";

    public static Task<ConsoleWorld> StartAsync() => StartAsync(SqliteStores.InMemory());

    /// <summary>The world over the given store (a replica's, a data directory's).</summary>
    public static async Task<ConsoleWorld> StartAsync(StoreChoice store) =>
        new(await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = store, AdditionalAccounts = [ProdAccount], RootPassword = RootPassword }));

    public ResultStruct? Call(string account, string action, params (string Name, string Value)[] parameters)
    {
        var root = account == UsersAccount ? Server.Root : Server.AdditionalAccounts.Single(a => a.AccountId == account);
        var caller = Server.Iam.FindSigningKey(root.AccessKeyId)!.Caller;
        var service = action is "AssumeRole" or "GetFederationToken" or "GetSessionToken" ? "sts" : "iam";
        return Server.Iam.Execute(caller, new QueryRequest(service, action, service == "sts" ? "2011-06-15" : "2010-05-08",
            parameters.ToDictionary(p => p.Name, p => p.Value)), new Iam.RequestInfo("127.0.0.1", false, "us-east-1", "setup"));
    }

    /// <summary>A user with a console password and the given inline policy (none: the user may do nothing).</summary>
    public void CreateUser(string name, string? policy = null, bool resetRequired = false)
    {
        Call(UsersAccount, "CreateUser", ("UserName", name));
        Call(UsersAccount, "CreateLoginProfile", ("UserName", name), ("Password", Password), ("PasswordResetRequired", resetRequired ? "true" : "false"));
        if (policy is not null)
        {
            Call(UsersAccount, "PutUserPolicy", ("UserName", name), ("PolicyName", "console"), ("PolicyDocument", policy));
        }
    }

    /// <summary>Assigns a virtual MFA device to the user (codes of the previous and current step) and returns its seed.</summary>
    public byte[] EnableMfa(string user)
    {
        var device = (ResultStruct)Call(UsersAccount, "CreateVirtualMFADevice", ("VirtualMFADeviceName", user))!.Children.Single();
        var seedText = Encoding.ASCII.GetString(Convert.FromBase64String(((ResultValue)device.Children.Single(c => c.Name == "Base32StringSeed")).Value));
        var seed = Base32.Decode(seedText)!;
        var step = Totp.StepAt(DateTimeOffset.UtcNow);
        Call(UsersAccount, "EnableMFADevice", ("UserName", user), ("SerialNumber", $"arn:aws:iam::{UsersAccount}:mfa/{user}"),
            ("AuthenticationCode1", Totp.Code(seed, step - 1)), ("AuthenticationCode2", Totp.Code(seed, step)));
        return seed;
    }

    /// <summary>A code not used yet: enabling used the current step, so sign-in takes the next (within the allowed drift).</summary>
    public static string NextCode(byte[] seed) => Totp.Code(seed, Totp.StepAt(DateTimeOffset.UtcNow) + 1);

    /// <summary>A role in prod trusting the users' account, optionally only with MFA, with an inline policy.</summary>
    public void CreateRole(string name, bool requireMfa, string? policy = null)
    {
        var condition = requireMfa ? """, "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "true"}}""" : "";
        var trust = $$"""{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::{{UsersAccount}}:root"}, "Action": "sts:AssumeRole"{{condition}}}]}""";
        Call(ProdAccount, "CreateRole", ("RoleName", name), ("AssumeRolePolicyDocument", trust));
        if (policy is not null)
        {
            Call(ProdAccount, "PutRolePolicy", ("RoleName", name), ("PolicyName", "inline"), ("PolicyDocument", policy));
        }
    }

    public Caller RootCaller(string account) =>
        Server.Iam.FindSigningKey((account == UsersAccount ? Server.Root : Server.AdditionalAccounts.Single(a => a.AccountId == account)).AccessKeyId)!.Caller;

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
