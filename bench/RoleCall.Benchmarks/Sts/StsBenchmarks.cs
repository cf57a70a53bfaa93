using System.Buffers;
using BenchmarkDotNet.Attributes;
using RoleCall.Iam;
using RoleCall.Iam.Model;
using RoleCall.Iam.Sqlite;
using RoleCall.Protocol.Query;

namespace RoleCall.Benchmarks.Sts;

/// <summary>
/// The STS paths `rolecall serve` runs per request, minus HTTP and SigV4, over a file-backed SQLite store:
/// AssumeRole by a trusted user through a trust policy with conditions (trust evaluation, credential
/// generation, the durable session insert, the XML body) and the lookup that authenticates a request signed
/// with a session (`ASIA`) key. Both must cost the same with 100 or 100,000 sessions stored.
/// Run: dotnet run -c Release --project bench/RoleCall.Benchmarks -- --filter '*StsBenchmarks*'
/// </summary>
[MemoryDiagnoser]
public class StsBenchmarks
{
    private const string Account = "123456789012";
    private const string UserArn = $"arn:aws:iam::{Account}:user/sts-user";
    private const string Trust = $$$$"""
        {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"{{{{UserArn}}}}"},"Action":"sts:AssumeRole",
        "Condition":{"StringLike":{"sts:RoleSessionName":"bench-*"},"Bool":{"aws:SecureTransport":"false"}}}]}
        """;

    private static readonly RequestInfo Info = new("127.0.0.1", false, "us-east-1", "req-1");

    private readonly ArrayBufferWriter<byte> body = new(16 * 1024);
    private string directory = null!;
    private SqliteIamStore store = null!;
    private IamService service = null!;
    private Caller user = null!;
    private QueryRequest assumeRole = null!;
    private string sessionKeyId = null!;

    [Params(100, 100_000)]
    public int Sessions { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        directory = Directory.CreateTempSubdirectory("rolecall-sts-bench-").FullName;
        store = SqliteIamStore.Open(directory);
        service = new IamService(store, TimeProvider.System);
        var root = service.FindSigningKey(service.CreateAccount(Account).AccessKeyId)!.Caller;
        service.Execute(root, Request("iam", "CreateUser", ("UserName", "sts-user")), Info);
        service.Execute(root, Request("iam", "CreateRole", ("RoleName", "sts-role"), ("AssumeRolePolicyDocument", Trust)), Info);
        var userId = store.FindEntity(Account, EntityKind.User, "sts-user")!.Id;
        user = new Caller(PrincipalKind.User, Account, UserArn, userId, "AKIAEXAMPLEBENCHUSER");
        assumeRole = Request("sts", "AssumeRole", ("RoleArn", $"arn:aws:iam::{Account}:role/sts-role"), ("RoleSessionName", "bench-session"));

        // Issue the sessions concurrently, as a loaded server would (the store group-commits them).
        Parallel.For(0, Sessions, new ParallelOptions { MaxDegreeOfParallelism = 8 }, _ => service.Execute(user, assumeRole, Info));
        sessionKeyId = AssumeRoleKeyId();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        store.Dispose();
        Directory.Delete(directory, recursive: true);
    }

    /// <summary>The whole AssumeRole handler path with its XML body.</summary>
    [Benchmark]
    public int AssumeRole()
    {
        body.ResetWrittenCount();
        QueryXmlWriter.WriteSuccess(body, "AssumeRole", QueryNamespaces.ForService("sts"), service.Execute(user, assumeRole, Info), "req-1");
        return body.WrittenCount;
    }

    /// <summary>What authenticating a request signed with a session key costs the store.</summary>
    [Benchmark]
    public SigningKey? FindSessionSigningKey() => service.FindSigningKey(sessionKeyId);

    private string AssumeRoleKeyId()
    {
        var result = service.Execute(user, assumeRole, Info)!;
        var body = new ArrayBufferWriter<byte>();
        QueryXmlWriter.WriteSuccess(body, "AssumeRole", QueryNamespaces.ForService("sts"), result, "req-1");
        var xml = System.Text.Encoding.UTF8.GetString(body.WrittenSpan);
        var start = xml.IndexOf("<AccessKeyId>", StringComparison.Ordinal) + "<AccessKeyId>".Length;
        return xml[start..xml.IndexOf("</AccessKeyId>", start, StringComparison.Ordinal)];
    }

    private static QueryRequest Request(string service, string action, params (string Name, string Value)[] parameters) =>
        new(service, action, service == "sts" ? "2011-06-15" : "2010-05-08", parameters.ToDictionary(p => p.Name, p => p.Value));
}
