using System.Text.Json;
using RoleCall.EndToEnd.Tests.Server.Support;
using RoleCall.Server;
using RoleCall.Cli.Commands.Serve;

namespace RoleCall.EndToEnd.Tests.Ec2;

/// <summary>boto3 as an independent client of serve's EC2: the shapes it parses, its paginator, and EC2's errors.</summary>
public sealed class Boto3Ec2Tests
{
    [Fact]
    public async Task Should_serve_instances_tags_and_the_default_network_to_boto3()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory() });
        using var sandbox = new ClientSandbox();

        var r = await RunAsync(sandbox, server, "lifecycle");

        var ids = r.GetProperty("ids").EnumerateArray().Select(i => i.GetString()).ToList();
        Assert.Equal(3, ids.Count);
        Assert.Equal(ids, r.GetProperty("taggedIds").EnumerateArray().Select(i => i.GetString()));
        Assert.Equal(ids, r.GetProperty("pagedIds").EnumerateArray().Select(i => i.GetString()));
        Assert.Equal(1, r.GetProperty("reservationCount").GetInt32());
        Assert.Equal("""{"Code":0,"Name":"pending"}""", r.GetProperty("state").GetRawText().Replace(" ", "", StringComparison.Ordinal));
        Assert.True(r.GetProperty("launchTimeIsDatetime").GetBoolean());
        Assert.True(r.GetProperty("vpcMatches").GetBoolean());
        Assert.True(r.GetProperty("subnetInVpc").GetBoolean());
        Assert.Equal(["env=dev", "team=blue"], r.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(["pending", "shutting-down"], r.GetProperty("terminating").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(6, r.GetProperty("zoneCount").GetInt32());
        Assert.Equal(6, r.GetProperty("subnetCount").GetInt32());
        Assert.Contains("eu-west-1", r.GetProperty("regionNames").EnumerateArray().Select(t => t.GetString()));
        Assert.True(r.GetProperty("isDefault").GetBoolean());
    }

    [Fact]
    public async Task Should_answer_bad_input_with_ec2_codes_and_statuses()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory() });
        using var sandbox = new ClientSandbox();

        var r = await RunAsync(sandbox, server, "errors");

        AssertError(r, "unknownInstance", "InvalidInstanceID.NotFound", 400, "The instance ID 'i-0123456789abcdef0' does not exist");
        AssertError(r, "malformedInstance", "InvalidInstanceID.Malformed", 400, "Invalid id: \"web-1\"");
        AssertError(r, "invalidFilter", "InvalidParameterValue", 400, "The filter 'no-such-filter' is invalid");
        AssertError(r, "unknownImage", "InvalidAMIID.NotFound", 400, "The image id '[ami-0123456789abcdef0]' does not exist");
        AssertError(r, "badType", "InvalidParameterValue", 400, "Invalid value 't9.huge' for InstanceType.");
        AssertError(r, "dryRun", "DryRunOperation", 412, "Request would have succeeded, but DryRun flag is set.");
    }

    [Fact]
    public async Task Should_enforce_an_iam_users_ec2_policy_with_ec2s_condition_keys_and_encoded_denials()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory() });
        using var sandbox = new ClientSandbox();

        var r = await RunAsync(sandbox, server, "authorization");

        Assert.Equal(2, r.GetProperty("describe").GetInt32());
        AssertError(r, "allowedDryRun", "DryRunOperation", 412, "Request would have succeeded, but DryRun flag is set.");
        Assert.Equal(("UnauthorizedOperation", 403), (r.GetProperty("deniedDryRun").GetProperty("code").GetString(), r.GetProperty("deniedDryRun").GetProperty("status").GetInt32()));
        var denied = r.GetProperty("denied").GetProperty("message").GetString()!;
        const string Expected = "You are not authorized to perform this operation. User: arn:aws:iam::123456789012:user/demo-user is not authorized to perform: ec2:RunInstances on resource: arn:aws:ec2:us-east-1:123456789012:instance/* because no identity-based policy allows the ec2:RunInstances action. Encoded authorization failure message: ";
        Assert.True(denied.StartsWith(Expected, StringComparison.Ordinal), denied);
        Assert.False(r.GetProperty("decodedAllowed").GetBoolean());
        Assert.Equal("ec2:RunInstances", r.GetProperty("decodedAction").GetString());
        Assert.Equal("arn:aws:ec2:us-east-1:123456789012:instance/*", r.GetProperty("decodedResource").GetString());
        Assert.Equal("""["t3.small"]""", r.GetProperty("decodedInstanceType").GetRawText());
        Assert.Equal("UnauthorizedOperation", r.GetProperty("terminateTheirs").GetProperty("code").GetString());
        Assert.Equal("shutting-down", r.GetProperty("terminateMine").GetString());
        Assert.Equal("UnauthorizedOperation", r.GetProperty("otherRegion").GetProperty("code").GetString());
        AssertError(r, "nobody", "UnauthorizedOperation", 403,
            "You are not authorized to perform this operation. User: arn:aws:iam::123456789012:user/nobody is not authorized to perform: ec2:DescribeInstances because no identity-based policy allows the ec2:DescribeInstances action");
        Assert.Equal("AccessDenied", r.GetProperty("nobodyDecode").GetProperty("code").GetString());
    }

    private static void AssertError(JsonElement r, string name, string code, int status, string message)
    {
        var error = r.GetProperty(name);
        Assert.Equal((code, status, message), (error.GetProperty("code").GetString(), error.GetProperty("status").GetInt32(), error.GetProperty("message").GetString()));
    }

    private static async Task<JsonElement> RunAsync(ClientSandbox sandbox, LocalServer server, string mode)
    {
        var result = await ExternalTool.RunAsync("python3", [RepoPaths.Script("ec2_client.py"), mode],
            sandbox.Environment(server.Credentials, server.Url), sandbox.Directory, "install python3 with boto3: pip install boto3");
        Assert.True(result.ExitCode == 0, $"ec2_client.py {mode} exited {result.ExitCode}: {result.Stderr}");
        using var document = JsonDocument.Parse(result.Stdout);
        return document.RootElement.Clone();
    }
}
