using System.Text.Json;
using RoleCall.Cli.Commands.Serve;
using RoleCall.Core.Identity;
using RoleCall.EndToEnd.Tests.Server.Support;
using RoleCall.Server;
using RoleCall.Testing.Postgres;

namespace RoleCall.EndToEnd.Tests.Replicas;

/// <summary>
/// `kill -9` of one replica under write load, IAM users and S3 objects (issue 15): no acknowledged write is lost,
/// every acknowledged object reads back whole from the other replica, which keeps serving.
/// </summary>
public sealed class ReplicaCrashTests
{
    private const string RootKey = "AKIAREPLICACRASHTEST";
    private const string RootSecret = "replica/crash/test/secret/key/000000000000";

    [Fact]
    public async Task Should_lose_no_acknowledged_write_and_keep_serving_when_one_replica_is_killed()
    {
        var url = PostgresServer.Shared.CreateDatabase("crash");
        using var sandbox = new ClientSandbox();
        var keyFile = sandbox.PathOf("postgres.key");
        var shared = sandbox.PathOf("shared");
        using var a = await ReplicaProcess.StartAsync(url, shared, keyFile, RootKey, RootSecret);
        var environment = new Dictionary<string, string> { ["HOME"] = sandbox.Directory, [PostgresStores.KeyFileVariable] = keyFile };
        await using var b = await LocalServer.StartAsync(new LocalServerOptions
        {
            Port = 0,
            Store = PostgresStores.For(url, environment, shared),
            RootAccessKeyId = RootKey,
            RootSecretAccessKey = RootSecret,
        });

        var stop = sandbox.PathOf("stop");
        var load = ExternalTool.RunAsync("python3", [RepoPaths.Script("replicas_client.py"), "write-load", b.Url.ToString().TrimEnd('/'), stop],
            sandbox.Environment(new AwsCredentials(RootKey, RootSecret), a.Url), sandbox.Directory, "install python3 with boto3: pip install boto3");

        // Kill A once it has written some users; B must go on writing (5 more users through it) before the load stops.
        await WaitForUsersAsync(b, "a-", 5);
        a.Kill();
        await WaitForUsersAsync(b, "b-", Users(b, "b-") + 5);
        await File.WriteAllTextAsync(stop, "stop");
        var result = await load;

        Assert.True(result.ExitCode == 0, result.Stderr);
        using var document = JsonDocument.Parse(result.Stdout);
        var r = document.RootElement;
        var listed = r.GetProperty("listed").EnumerateArray().Select(u => u.GetString()).ToHashSet();
        var acked = r.GetProperty("ackedA").EnumerateArray().Concat(r.GetProperty("ackedB").EnumerateArray()).Select(u => u.GetString()).ToList();
        Assert.NotEmpty(r.GetProperty("ackedA").EnumerateArray());
        Assert.True(r.GetProperty("failuresA").GetInt32() > 0, "replica A was killed, so some of its calls must have failed");
        Assert.Equal([], acked.Except(listed).ToList());
        Assert.Equal(0, r.GetProperty("failuresB").GetInt32());
        Assert.True(r.GetProperty("objectsAckedA").GetInt32() > 0 && r.GetProperty("objectsAckedB").GetInt32() > 0, result.Stdout);
        Assert.Equal(0, r.GetProperty("objectsMissing").GetArrayLength());
        Assert.Equal(0, r.GetProperty("objectsUnreadable").GetArrayLength());
        Assert.Equal(0, r.GetProperty("objectFailuresB").GetInt32());
    }

    private static int Users(LocalServer server, string prefix) =>
        server.Iam.Runtime.Store.ListEntities("123456789012", RoleCall.Iam.Model.EntityKind.User, "/", RoleCall.Iam.Store.PageRequest.All).Items.Count(u => u.Name.StartsWith(prefix, StringComparison.Ordinal));

    private static async Task WaitForUsersAsync(LocalServer server, string prefix, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (Users(server, prefix) < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"fewer than {count} users {prefix}* were written within 60 s");
            await Task.Delay(50);
        }
    }
}
