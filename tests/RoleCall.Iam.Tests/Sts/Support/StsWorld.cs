using RoleCall.Core.Errors;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Core.Otp;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Tests.Sts.Support;

/// <summary>
/// An in-process IAM/STS world for handler tests: an in-memory store, a hand-moved clock, and the real
/// handler catalog and authorizer, so a call goes through the same authorize-then-execute path as on the
/// server (without HTTP or SigV4).
/// </summary>
internal sealed class StsWorld
{
    public const string Account = "123456789012";
    public const string OtherAccount = "210987654321";

    private static readonly IReadOnlyList<IActionHandler> Handlers = HandlerCatalog.All();
    private int nextId;

    public StsWorld()
    {
        Runtime = new IamRuntime(Store, Clock);
        Authorizer = HandlerCatalog.Authorizer(Runtime);
    }

    public InMemoryIamStore Store { get; } = new();

    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero));

    public IamRuntime Runtime { get; }

    public IRequestAuthorizer Authorizer { get; }

    public RequestInfo Info { get; set; } = new("127.0.0.1", false, "us-east-1", "req-1");

    public static Caller Root(string account = Account) =>
        new(PrincipalKind.Root, account, $"arn:aws:iam::{account}:root", account, "AKIAROOTROOTROOTROOT");

    public Caller AddUser(string name, params string[] inlinePolicies) => AddUser(name, Account, [], inlinePolicies);

    public Caller AddUser(string name, string account, IReadOnlyList<Tag> tags, params string[] inlinePolicies)
    {
        var user = new IamUser(account, NewId("AIDA"), name, "/", Clock.Now)
        {
            InlinePolicies = [.. inlinePolicies.Select((d, i) => new InlinePolicy($"inline{i}", d))],
            Tags = tags,
        };
        Assert.True(Store.TryAddEntity(user));
        return new Caller(PrincipalKind.User, account, user.Arn, user.Id, "AKIA" + user.Id[4..]);
    }

    public IamRole AddRole(string name, string trust, string account = Account, int maxSessionDuration = 3600, params string[] inlinePolicies)
    {
        var role = new IamRole(account, NewId("AROA"), name, "/", Clock.Now, trust)
        {
            MaxSessionDuration = maxSessionDuration,
            InlinePolicies = [.. inlinePolicies.Select((d, i) => new InlinePolicy($"inline{i}", d))],
        };
        Assert.True(Store.TryAddEntity(role));
        return role;
    }

    /// <summary>An enabled virtual MFA device of the user; returns its serial and seed.</summary>
    public (string Serial, byte[] Seed) AddMfa(Caller user)
    {
        var seed = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
        var name = user.Arn[(user.Arn.LastIndexOf('/') + 1)..];
        var serial = $"arn:aws:iam::{user.AccountId}:mfa/{name}";
        Assert.True(Store.TryAddMfaDevice(new MfaDevice(serial, user.AccountId, name, "/", seed, Clock.Now) { UserId = user.UserId, EnableDate = Clock.Now }));
        return (serial, Base32.Decode(seed)!);
    }

    public string CodeNow(byte[] seed, int stepOffset = 0) => Totp.Code(seed, Totp.StepAt(Clock.Now) + stepOffset);

    /// <summary>Authorizes and runs an STS action as the server's dispatcher does.</summary>
    public ResultStruct? Sts(Caller caller, string action, params (string Key, string Value)[] parameters) =>
        Call(caller, "sts", action, parameters);

    public ResultStruct? Call(Caller caller, string service, string action, params (string Key, string Value)[] parameters)
    {
        var handler = Handlers.First(h => h.Service == service && h.Action == action);
        var request = new QueryRequest(service, action, service == "sts" ? "2011-06-15" : "2010-05-08", parameters.ToDictionary(p => p.Key, p => p.Value));
        var context = new ActionContext(caller, request, Info, Runtime);
        // As IamService does: every request passes the authorizer before its handler runs.
        Authorizer.Authorize(context, handler, handler.ResourceArn(context));

        return handler.Execute(context);
    }

    /// <summary>Only the authorization of an action (no handler runs): throws AccessDenied when denied.</summary>
    public void Authorize(Caller caller, string service, string action, string resource, params (string Key, string Value)[] parameters)
    {
        var handler = new StubHandler(service, action);
        var request = new QueryRequest(service, action, "2010-05-08", parameters.ToDictionary(p => p.Key, p => p.Value));
        Authorizer.Authorize(new ActionContext(caller, request, Info, Runtime), handler, resource);
    }

    public AwsServiceException Denied(Caller caller, string service, string action, string resource) =>
        Assert.Throws<AwsServiceException>(() => Authorize(caller, service, action, resource));

    public static AwsServiceException Fails(Func<object?> call) => Assert.Throws<AwsServiceException>(call);

    /// <summary>The session caller behind credentials an STS response returned (as the server's auth stage resolves it).</summary>
    public Caller SessionOf(ResultStruct? result)
    {
        var keyId = Value(result, "Credentials", "AccessKeyId");
        return Store.FindSession(keyId)!.Caller;
    }

    public static string Value(ResultNode? node, params string[] path)
    {
        foreach (var name in path)
        {
            node = ((ResultStruct)node!).Children.First(c => c.Name == name);
        }

        return ((ResultValue)node!).Value;
    }

    public static bool Has(ResultStruct? node, string name) => node!.Children.Any(c => c.Name == name);

    private string NewId(string prefix) => prefix + (++nextId).ToString("D17", System.Globalization.CultureInfo.InvariantCulture);

    private sealed class StubHandler(string service, string action) : IActionHandler
    {
        public string Service => service;

        public string Action => action;

        public bool Mutates => false;

        public string ResourceArn(ActionContext context) => "*";

        public ResultStruct? Execute(ActionContext context) => null;
    }
}
