using System.Text.Json;
using RoleCall.Core.Identity;
using RoleCall.EndToEnd.Tests.Server.Support;

namespace RoleCall.EndToEnd.Tests.Sts.Support;

/// <summary>
/// The AWS CLI v1 as a user drives it in the role tutorials: the three variables exported (or not), the
/// endpoint given with --endpoint-url, JSON output. Failing commands are returned, not thrown.
/// </summary>
internal sealed class StsCli(ClientSandbox sandbox, Uri endpoint)
{
    public async Task<ExternalTool.Result> RunAsync(AwsCredentials credentials, params string[] arguments)
    {
        var environment = sandbox.Environment(credentials, endpoint);
        if (credentials.SessionToken is { } token)
        {
            environment["AWS_SESSION_TOKEN"] = token;
        }

        string[] all = ["--endpoint-url", endpoint.ToString().TrimEnd('/'), "--output", "json", .. arguments];
        return await ExternalTool.RunAsync("aws", all, environment, sandbox.Directory, "install the AWS CLI v1: pip install awscli");
    }

    public async Task<JsonElement> JsonAsync(AwsCredentials credentials, params string[] arguments)
    {
        var result = await RunAsync(credentials, arguments);
        Assert.True(result.ExitCode == 0, $"aws {string.Join(' ', arguments)} exited {result.ExitCode}: {result.Stderr}");
        using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(result.Stdout) ? "{}" : result.Stdout);
        return document.RootElement.Clone();
    }

    /// <summary>Runs a command that must fail with the AWS error code given; returns stderr.</summary>
    public async Task<string> FailsAsync(AwsCredentials credentials, string code, params string[] arguments)
    {
        var result = await RunAsync(credentials, arguments);
        Assert.True(result.ExitCode != 0, $"aws {string.Join(' ', arguments)} succeeded but should fail with {code}");
        Assert.Contains($"({code})", result.Stderr, StringComparison.Ordinal);
        return result.Stderr;
    }

    /// <summary>The `Credentials` of an assume-role / get-session-token output as the variables a user exports.</summary>
    public static AwsCredentials Exported(JsonElement output)
    {
        var c = output.GetProperty("Credentials");
        return new AwsCredentials(c.GetProperty("AccessKeyId").GetString()!, c.GetProperty("SecretAccessKey").GetString()!, c.GetProperty("SessionToken").GetString());
    }

    public static AwsCredentials Keys(JsonElement createAccessKeyOutput)
    {
        var k = createAccessKeyOutput.GetProperty("AccessKey");
        return new AwsCredentials(k.GetProperty("AccessKeyId").GetString()!, k.GetProperty("SecretAccessKey").GetString()!);
    }
}
