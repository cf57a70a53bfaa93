using System.Text.Json;
using RoleCall.Core.Identity;

namespace RoleCall.EndToEnd.Tests.Server.Support;

/// <summary>The official AWS CLI v1 pointed at a local server with the given keys, JSON output.</summary>
internal sealed class AwsCli(ClientSandbox sandbox, Uri endpoint, AwsCredentials credentials)
{
    public async Task<ExternalTool.Result> RunAsync(params string[] arguments)
    {
        string[] all = ["--endpoint-url", endpoint.ToString().TrimEnd('/'), "--output", "json", .. arguments];
        return await ExternalTool.RunAsync("aws", all, sandbox.Environment(credentials, endpoint), sandbox.Directory,
            "install the AWS CLI v1: pip install awscli");
    }

    /// <summary>Runs a command that must succeed and parses its JSON output (null for commands that print nothing).</summary>
    public async Task<JsonElement?> JsonAsync(params string[] arguments)
    {
        var result = await RunAsync(arguments);
        Assert.True(result.ExitCode == 0, $"aws {string.Join(' ', arguments)} exited {result.ExitCode}: {result.Stderr}");
        if (string.IsNullOrWhiteSpace(result.Stdout))
        {
            return null;
        }

        using var document = JsonDocument.Parse(result.Stdout);
        return document.RootElement.Clone();
    }
}
