using System.Buffers;
using BenchmarkDotNet.Attributes;
using RoleCall.Iam;
using RoleCall.Iam.Model;
using RoleCall.Iam.Sqlite;
using RoleCall.Protocol.Query;

namespace RoleCall.Benchmarks.Iam;

/// <summary>
/// GetUser and ListRoles (default page of 100) as `rolecall serve` runs them minus HTTP and SigV4: IamService
/// over a file-backed SQLite store, authorized as the account root with the real authorizer, then rendered to
/// the AWS XML body. The cost must stay flat from 10 to 10,000 stored roles. `ListRolesAfterWrite` updates one
/// listed role before each listing, so every cached page and rendering of it is rebuilt: the worst case.
/// Run: dotnet run -c Release --project bench/RoleCall.Benchmarks -- --filter '*IamServiceBenchmarks*'
/// </summary>
[MemoryDiagnoser]
public class IamServiceBenchmarks
{
    private const string Trust = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}""";
    private static readonly RequestInfo Info = new("127.0.0.1", false, "us-east-1", "req-1");

    private readonly ArrayBufferWriter<byte> body = new(64 * 1024);
    private string directory = null!;
    private SqliteIamStore store = null!;
    private IamService service = null!;
    private Caller root = null!;
    private QueryRequest getUser = null!;
    private QueryRequest listRoles = null!;
    private QueryRequest[] updates = null!;
    private int writes;

    [Params(10, 10_000)]
    public int Roles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        directory = Directory.CreateTempSubdirectory("rolecall-bench-").FullName;
        store = SqliteIamStore.Open(directory);
        service = new IamService(store, TimeProvider.System);
        root = service.FindSigningKey(service.CreateAccount("123456789012").AccessKeyId)!.Caller;
        Run(Request("CreateUser", ("UserName", "alice")));
        for (var i = 0; i < Roles; i++)
        {
            Run(Request("CreateRole", ("RoleName", $"role-{i:D5}"), ("AssumeRolePolicyDocument", Trust), ("Description", "benchmark role")));
        }

        getUser = Request("GetUser", ("UserName", "alice"));
        listRoles = Request("ListRoles");
        updates = [Describe("first"), Describe("second")];
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        store.Dispose();
        Directory.Delete(directory, recursive: true);
    }

    [Benchmark]
    public int GetUser() => Render(getUser);

    [Benchmark]
    public int ListRoles() => Render(listRoles);

    [Benchmark]
    public ResultStruct? ListRolesExecuteOnly() => Run(listRoles);

    [Benchmark]
    public int ListRolesAfterWrite()
    {
        Run(updates[writes++ & 1]);
        return Render(listRoles);
    }

    private int Render(QueryRequest request)
    {
        body.ResetWrittenCount();
        QueryXmlWriter.WriteSuccess(body, request.Action, QueryNamespaces.ForService(request.Service), Run(request), "req-1");
        return body.WrittenCount;
    }

    private ResultStruct? Run(QueryRequest request) => service.Execute(root, request, Info);

    private static QueryRequest Describe(string description) =>
        Request("UpdateRoleDescription", ("RoleName", "role-00000"), ("Description", description));

    private static QueryRequest Request(string action, params (string Name, string Value)[] parameters) =>
        new("iam", action, "2010-05-08", parameters.ToDictionary(p => p.Name, p => p.Value));
}
