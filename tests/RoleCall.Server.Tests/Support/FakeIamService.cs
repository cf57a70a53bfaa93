using System.Collections.Concurrent;
using RoleCall.Core.Errors;
using RoleCall.Iam;
using RoleCall.Iam.Model;
using RoleCall.Protocol.Query;

namespace RoleCall.Server.Tests.Support;

/// <summary>
/// An IAM service that knows a fixed set of keys and a few actions, so the HTTP adapter is tested alone:
/// `GetUser`/`GetCallerIdentity` echo the caller, `DeleteNothing` returns no result, `Boom` fails like a bug,
/// `ListMany` returns <see cref="ManyMembers"/> (a body of several pooled segments, its members reusable).
/// </summary>
internal sealed class FakeIamService : IIamService
{
    /// <summary>What `ListMany` returns: 400 reusable members of ~150 bytes each, with text that needs escaping.</summary>
    public static readonly ResultStruct ManyMembers = Many(reusable: true);

    /// <summary>The same tree as <see cref="ManyMembers"/>, built afresh and marked reusable or not.</summary>
    public static ResultStruct Many(bool reusable) => new("Result",
    [
        new ResultList("Items", [.. Enumerable.Range(0, 400).Select(i =>
        {
            var member = new ResultStruct("member",
            [
                new ResultValue("Name", $"item-{i:D4} & <friends>"),
                new ResultValue("Document", Uri.EscapeDataString("{\"Statement\":[{\"Effect\":\"Allow\"}]}")),
            ]);
            return reusable ? ReusableResults.Reuse(member) : member;
        })]),
        new ResultValue("IsTruncated", "false", ScalarKind.Boolean),
    ]);

    public ConcurrentDictionary<string, SigningKey> Keys { get; } = new(StringComparer.Ordinal);

    public ConcurrentQueue<(Caller Caller, QueryRequest Request, RequestInfo Info)> Calls { get; } = new();

    public SigningKey? FindSigningKey(string accessKeyId) => Keys.GetValueOrDefault(accessKeyId);

    public ResultStruct? Execute(Caller caller, QueryRequest request, RequestInfo info)
    {
        Calls.Enqueue((caller, request, info));
        return request.Action switch
        {
            "GetUser" or "GetCallerIdentity" => new ResultStruct("Result",
            [
                new ResultValue("Arn", caller.Arn),
                new ResultList("Names", [.. request.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new ResultValue("member", $"{p.Key}={p.Value}"))]),
            ]),
            "DeleteNothing" => null,
            "ListMany" => ManyMembers,
            "Boom" => throw new InvalidOperationException("disk /var/lib/secret-path failed"),
            _ => throw new AwsServiceException("InvalidAction", $"Could not find operation {request.Action} for version {request.Version}", 400),
        };
    }

    /// <summary>Adds a long-term root key for account 123456789012 and returns its credentials.</summary>
    public RoleCall.Core.Identity.AwsCredentials AddRootKey(string id = "AKIAIOSFODNN7EXAMPLE", string secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", bool active = true)
    {
        var caller = new Caller(PrincipalKind.Root, "123456789012", "arn:aws:iam::123456789012:root", "123456789012", id);
        Keys[id] = new SigningKey(id, secret, active, caller);
        return new(id, secret);
    }

    /// <summary>Adds a role session key (ASIA) with its token, expiring at <paramref name="expiration"/>.</summary>
    public RoleCall.Core.Identity.AwsCredentials AddSessionKey(DateTimeOffset expiration, string id = "ASIAIOSFODNN7EXAMPLE", string token = "FwoGZXIvYXdzEXAMPLETOKEN")
    {
        var session = new SessionContext(expiration.AddHours(-1), expiration, MultiFactorAuthPresent: false, RoleArn: "arn:aws:iam::123456789012:role/app");
        var caller = new Caller(PrincipalKind.AssumedRole, "123456789012", "arn:aws:sts::123456789012:assumed-role/app/s1", "AROAEXAMPLEROLEID0001:s1", id, session);
        const string secret = "sessionSecretKeyEXAMPLE0000000000000000000";
        Keys[id] = new SigningKey(id, secret, true, caller, token, expiration);
        return new(id, secret, token, expiration);
    }
}
