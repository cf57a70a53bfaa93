using System.Text.Json;
using RoleCall.Core.Identity;

namespace RoleCall.EndToEnd.Tests.Server.Support;

/// <summary>
/// The official AWS CLI pointed at a local server with the given keys, JSON output: v1 (`aws`) unless
/// <paramref name="tool"/> names another, e.g. <see cref="V2"/>.
/// </summary>
internal sealed class AwsCli(ClientSandbox sandbox, Uri endpoint, AwsCredentials credentials, string tool = "aws")
{
    /// <summary>The AWS CLI v2 as Debian installs it (2.9 ignores AWS_ENDPOINT_URL; --endpoint-url is always passed).</summary>
    public const string V2 = "/usr/bin/aws";

    public async Task<ExternalTool.Result> RunAsync(params string[] arguments)
    {
        string[] all = ["--endpoint-url", endpoint.ToString().TrimEnd('/'), "--output", "json", .. arguments];
        return await ExternalTool.RunAsync(tool, all, sandbox.Environment(credentials, endpoint), sandbox.Directory,
            tool == V2 ? "install the AWS CLI v2 as /usr/bin/aws: apt-get install -y awscli" : "install the AWS CLI v1: pip install awscli");
    }

    /// <summary>Runs a command that must succeed and parses its JSON output (null for commands that print nothing).</summary>
    public async Task<JsonElement?> JsonAsync(params string[] arguments)
    {
        var result = await RunAsync(arguments);
        Assert.True(result.ExitCode == 0, $"{tool} {string.Join(' ', arguments)} exited {result.ExitCode}: {result.Stderr}");
        if (string.IsNullOrWhiteSpace(result.Stdout))
        {
            return null;
        }

        using var document = JsonDocument.Parse(result.Stdout);
        return document.RootElement.Clone();
    }
}
