using System.Text.Json;
using RoleCall.Core.Identity;

namespace RoleCall.EndToEnd.Tests.Server.Support;

/// <summary>Runs a mode of Scripts/iam_client.py under python3 with boto3, pointed at a local server.</summary>
internal static class Boto3
{
    public static async Task<JsonElement> RunAsync(ClientSandbox sandbox, Uri endpoint, AwsCredentials credentials, string mode)
    {
        var result = await ExternalTool.RunAsync("python3", [RepoPaths.Script("iam_client.py"), mode],
            sandbox.Environment(credentials, endpoint), sandbox.Directory, "install python3 with boto3: pip install boto3");
        Assert.True(result.ExitCode == 0, $"iam_client.py {mode} exited {result.ExitCode}: {result.Stderr}");
        using var document = JsonDocument.Parse(result.Stdout);
        return document.RootElement.Clone();
    }
}
