using RoleCall.Core.Errors;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Iam.Sqlite;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Tests.Support;

/// <summary>
/// An IamService over an in-memory store with a manual clock and account 123456789012, called as its root
/// (or another caller) with flat Query parameters, as the server would after authentication. Requests pass
/// the real, policy-enforcing authorizer unless a test hands in its own double.
/// </summary>
public sealed class IamHarness : IDisposable
{
    public const string Account = "123456789012";

    public IamHarness(IRequestAuthorizer? authorizer = null)
    {
        Store = SqliteIamStore.InMemory();
        Service = new IamService(Store, Clock, authorizer: authorizer);
        RootKeys = Service.CreateAccount(Account);
        Root = Service.FindSigningKey(RootKeys.AccessKeyId)!.Caller;
    }

    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    public SqliteIamStore Store { get; }

    public IamService Service { get; }

    public RootCredentials RootKeys { get; }

    public Caller Root { get; }

    public ResultStruct? Call(string action, params (string Name, string Value)[] parameters) => CallAs(Root, action, parameters);

    public ResultStruct? CallAs(Caller caller, string action, params (string Name, string Value)[] parameters) =>
        Service.Execute(caller, new QueryRequest("iam", action, "2010-05-08", parameters.ToDictionary(p => p.Name, p => p.Value)),
            new RequestInfo("127.0.0.1", false, "us-east-1", "req-1"));

    public AwsServiceException Fails(string action, params (string Name, string Value)[] parameters) =>
        Assert.Throws<AwsServiceException>(() => Call(action, parameters));

    /// <summary>Creates a user with an access key (and the given inline policies) and returns the caller that key authenticates.</summary>
    public Caller UserCaller(string userName, params string[] policies)
    {
        Call("CreateUser", ("UserName", userName));
        for (var i = 0; i < policies.Length; i++)
        {
            Call("PutUserPolicy", ("UserName", userName), ("PolicyName", $"policy{i}"), ("PolicyDocument", policies[i]));
        }

        var key = Call("CreateAccessKey", ("UserName", userName))!.Text("AccessKey", "AccessKeyId");
        return Service.FindSigningKey(key)!.Caller;
    }

    public void Dispose() => Store.Dispose();
}
