using System.Text.Json;
using RoleCall.Core.Identity;
using RoleCall.EndToEnd.Tests.Server.Support;

namespace RoleCall.EndToEnd.Tests.S3Peers;

/// <summary>Runs a mode of Scripts/s3_peer.py under python3 with boto3 against an S3 endpoint and parses its JSON.</summary>
internal static class S3PeerScript
{
    public static async Task<JsonElement> RunAsync(Uri endpoint, AwsCredentials credentials, string mode)
    {
        using var sandbox = new ClientSandbox();
        var result = await ExternalTool.RunAsync("python3", [RepoPaths.Script("s3_peer.py"), mode],
            sandbox.Environment(credentials, endpoint), sandbox.Directory, "install python3 with boto3: pip install boto3");
        Assert.True(result.ExitCode == 0, $"s3_peer.py {mode} against {endpoint} exited {result.ExitCode}: {result.Stderr}");
        using var document = JsonDocument.Parse(result.Stdout);
        return document.RootElement.Clone();
    }
}
