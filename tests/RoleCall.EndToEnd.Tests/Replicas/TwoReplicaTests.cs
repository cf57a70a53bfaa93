using System.Text.Json;
using RoleCall.EndToEnd.Tests.Server.Support;

namespace RoleCall.EndToEnd.Tests.Replicas;

/// <summary>
/// Two `rolecall serve` replicas over one PostgreSQL database (issue 15), with boto3 and the AWS CLI v1
/// alternating between them: what one replica answered, the other knows at once, and the database, not one
/// process's lock, decides races.
/// </summary>
public sealed class TwoReplicaTests
{
    [Fact]
    public async Task Should_serve_users_roles_mfa_and_sessions_across_replicas_as_one_service()
    {
        await using var replicas = await ReplicaPair.StartAsync();
        using var sandbox = new ClientSandbox();

        var r = await RunAsync(sandbox, replicas, "tutorial");

        Assert.True(r.GetProperty("userSeenOnB").GetBoolean());
        Assert.Equal("arn:aws:iam::123456789012:user/Alice", r.GetProperty("aliceOnA").GetString());
        Assert.Equal("arn:aws:iam::123456789012:role/app-role", r.GetProperty("roleSeenOnA").GetString());
        Assert.Equal("AccessDenied", r.GetProperty("withoutMfaOnB").GetString());
        Assert.Equal("AccessDenied", r.GetProperty("replayedCodeOnB").GetString());
        Assert.Equal("arn:aws:sts::123456789012:assumed-role/app-role/app", r.GetProperty("sessionOnB").GetString());
        Assert.Equal("InvalidClientTokenId", r.GetProperty("inactiveKeyOnB").GetString());
        Assert.Equal(["Alice"], r.GetProperty("usersOnB").EnumerateArray().Select(u => u.GetString()));
    }

    [Fact]
    public async Task Should_serve_buckets_objects_and_multipart_uploads_across_replicas_as_one_service()
    {
        await using var replicas = await ReplicaPair.StartAsync();
        using var sandbox = new ClientSandbox();

        var r = await RunAsync(sandbox, replicas, "s3");

        Assert.Equal(["shared-bucket"], r.GetProperty("bucketsOnB").EnumerateArray().Select(b => b.GetString()));
        Assert.Equal("BucketAlreadyOwnedByYou", r.GetProperty("createAgainOnB").GetString());
        Assert.Equal(["hello from B", "text/plain", "b"], r.GetProperty("getOnA").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal([1, 2], r.GetProperty("partsOnA").EnumerateArray().Select(p => p.GetInt32()));
        Assert.True(r.GetProperty("uploadsOnB").GetBoolean());
        Assert.True(r.GetProperty("multipartIntactOnA").GetBoolean());
        Assert.True(r.GetProperty("rangeAcrossPartsOnB").GetBoolean());
        Assert.Equal("NoSuchUpload", r.GetProperty("partAfterAbortOnA").GetString());
        Assert.Equal("set-on-a", r.GetProperty("policyOnB").GetString());
        Assert.Equal("AccessDenied", r.GetProperty("deniedPutOnB").GetString());
        Assert.Equal("BucketNotEmpty", r.GetProperty("deleteNonEmptyOnB").GetString());
        Assert.Equal(0, r.GetProperty("keysOnBAfterDelete").GetInt32());
        Assert.Equal("404", r.GetProperty("headOnAAfterRb").GetString());
        foreach (var outcome in r.GetProperty("createBucket").EnumerateArray())
        {
            Assert.Equal(["BucketAlreadyOwnedByYou", "ok"], outcome.EnumerateArray().Select(o => o.GetString()));
        }
    }

    [Fact]
    public async Task Should_let_the_database_decide_races_between_replicas()
    {
        await using var replicas = await ReplicaPair.StartAsync();
        using var sandbox = new ClientSandbox();

        var r = await RunAsync(sandbox, replicas, "race");

        // Each name created through both replicas at once (in different case): exactly one EntityAlreadyExists.
        foreach (var outcome in r.GetProperty("createUser").EnumerateArray())
        {
            Assert.Equal(["EntityAlreadyExists", "ok"], outcome.EnumerateArray().Select(o => o.GetString()));
        }

        Assert.Equal(["LimitExceeded", "ok"], r.GetProperty("thirdKey").EnumerateArray().Select(o => o.GetString()));
        Assert.Equal(2, r.GetProperty("keysAfter").GetInt32());
    }

    [Fact]
    public async Task Should_answer_delete_role_racing_attach_role_policy_with_delete_conflict_or_success_and_never_leave_a_dangling_attachment()
    {
        await using var replicas = await ReplicaPair.StartAsync();
        using var sandbox = new ClientSandbox();

        var r = await RunAsync(sandbox, replicas, "delete-race");

        var outcomes = new HashSet<(string, string)>();
        foreach (var round in r.GetProperty("rounds").EnumerateArray())
        {
            var (delete, attach) = (round.GetProperty("delete").GetString()!, round.GetProperty("attach").GetString()!);
            outcomes.Add((delete, attach));
            foreach (var seen in round.GetProperty("seen").EnumerateObject().Select(p => p.Value))
            {
                var exists = seen.GetProperty("exists").GetBoolean();
                var policyRoles = seen.GetProperty("policyRoles").GetArrayLength();
                // Attach first: the delete is refused and the role keeps the policy. Delete first: the attach finds no role.
                Assert.True((delete, attach, exists) is ("DeleteConflict", "ok", true) or ("ok", "NoSuchEntity", false), $"{delete}/{attach}, exists {exists}");
                Assert.Equal(exists ? 1 : 0, policyRoles);
                Assert.Equal(exists ? 1 : 0, seen.GetProperty("attachmentCount").GetInt32());
                Assert.Equal(exists ? 1 : 0, seen.GetProperty("attached").GetArrayLength());
            }
        }

        Assert.NotEmpty(outcomes);
    }

    [Fact]
    public async Task Should_show_the_aws_cli_on_one_replica_what_it_wrote_through_the_other()
    {
        await using var replicas = await ReplicaPair.StartAsync();
        using var sandbox = new ClientSandbox();
        var a = new AwsCli(sandbox, replicas.A.Url, replicas.A.Credentials);
        var b = new AwsCli(sandbox, replicas.B.Url, replicas.B.Credentials);

        await a.JsonAsync("iam", "create-role", "--role-name", "cli-role", "--assume-role-policy-document",
            """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole"}]}""");
        await b.JsonAsync("iam", "create-user", "--user-name", "bob");
        await a.JsonAsync("iam", "put-user-policy", "--user-name", "bob", "--policy-name", "assume", "--policy-document",
            """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"*"}]}""");
        var key = (await b.JsonAsync("iam", "create-access-key", "--user-name", "bob"))!.Value.GetProperty("AccessKey");
        var bob = new AwsCli(sandbox, replicas.A.Url, new RoleCall.Core.Identity.AwsCredentials(key.GetProperty("AccessKeyId").GetString()!, key.GetProperty("SecretAccessKey").GetString()!));
        var session = (await bob.JsonAsync("sts", "assume-role", "--role-arn", "arn:aws:iam::123456789012:role/cli-role", "--role-session-name", "cli"))!.Value
            .GetProperty("Credentials");
        // The session, issued by replica A, used on replica B (the CLI takes a session token from the environment only).
        var environment = sandbox.Environment(new RoleCall.Core.Identity.AwsCredentials(session.GetProperty("AccessKeyId").GetString()!, session.GetProperty("SecretAccessKey").GetString()!), replicas.B.Url);
        environment["AWS_SESSION_TOKEN"] = session.GetProperty("SessionToken").GetString()!;
        var run = await ExternalTool.RunAsync("aws", ["--output", "json", "sts", "get-caller-identity"], environment, sandbox.Directory, "install the AWS CLI v1: pip install awscli");
        Assert.True(run.ExitCode == 0, run.Stderr);
        using var identity = JsonDocument.Parse(run.Stdout);

        Assert.Equal("arn:aws:sts::123456789012:assumed-role/cli-role/cli", identity.RootElement.GetProperty("Arn").GetString());
        Assert.Equal(["cli-role"], (await b.JsonAsync("iam", "list-roles"))!.Value.GetProperty("Roles").EnumerateArray().Select(x => x.GetProperty("RoleName").GetString()));
    }

    private static async Task<JsonElement> RunAsync(ClientSandbox sandbox, ReplicaPair replicas, string mode)
    {
        var result = await ExternalTool.RunAsync("python3", [RepoPaths.Script("replicas_client.py"), mode, replicas.B.Url.ToString().TrimEnd('/')],
            sandbox.Environment(replicas.A.Credentials, replicas.A.Url), sandbox.Directory, "install python3 with boto3: pip install boto3");
        Assert.True(result.ExitCode == 0, $"replicas_client.py {mode} exited {result.ExitCode}: {result.Stderr}");
        using var document = JsonDocument.Parse(result.Stdout);
        return document.RootElement.Clone();
    }
}
