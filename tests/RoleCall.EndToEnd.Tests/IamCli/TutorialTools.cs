using RoleCall.Cli.Hosting;
using RoleCall.Core.Identity;
using RoleCall.EndToEnd.Tests.Server.Support;

namespace RoleCall.EndToEnd.Tests.IamCli;

/// <summary>
/// The tools under comparison, pointed at one server with the same keys and config files: the AWS CLI v1 (and
/// v2) as a process, rolecall in-process through CliApplication with a BufferConsole.
/// </summary>
internal sealed class TutorialTools(ClientSandbox sandbox, Uri endpoint, AwsCredentials credentials)
{
    private readonly Dictionary<string, string> _environment = WithSessionToken(sandbox.Environment(credentials, endpoint), credentials);

    private const string AwsV2 = "/usr/bin/aws";

    private string Endpoint => endpoint.ToString().TrimEnd('/');

    public ClientSandbox Sandbox => sandbox;

    public Uri EndpointUri => endpoint;

    public async Task<ToolRun> AwsAsync(string[] args)
    {
        var result = await ExternalTool.RunAsync("aws", ["--endpoint-url", Endpoint, .. args], _environment, sandbox.Directory,
            "install the AWS CLI v1: pip install awscli");
        return new ToolRun(result.ExitCode, result.Stdout, result.Stderr);
    }

    /// <summary>The AWS CLI v2 (the Debian package's /usr/bin/aws, 2.9), for what v1 lacks (yaml) or does differently.</summary>
    public async Task<ToolRun> AwsV2Async(string[] args)
    {
        var result = await ExternalTool.RunAsync(AwsV2, ["--endpoint-url", Endpoint, .. args], _environment, sandbox.Directory,
            "install the AWS CLI v2 as /usr/bin/aws: apt-get install awscli (Debian 12 ships 2.9)");
        return new ToolRun(result.ExitCode, result.Stdout, result.Stderr);
    }

    public async Task<ToolRun> RolecallAsync(string[] args)
    {
        using var console = new BufferConsole("");
        var code = await new CliApplication(CommandCatalog.Default, console, _environment, TimeProvider.System)
            .RunAsync(["--endpoint-url", Endpoint, .. args]);
        return new ToolRun(code, console.StandardOutput, console.StandardError);
    }

    /// <summary>A rolecall command that needs no AWS settings (`mfa code`).</summary>
    public static ToolRun Rolecall(string[] args)
    {
        using var console = new BufferConsole("");
        var code = new CliApplication(CommandCatalog.Default, console, new Dictionary<string, string>(), TimeProvider.System)
            .RunAsync(args).GetAwaiter().GetResult();
        return new ToolRun(code, console.StandardOutput, console.StandardError);
    }

    private static Dictionary<string, string> WithSessionToken(Dictionary<string, string> environment, AwsCredentials credentials)
    {
        if (credentials.SessionToken is { } token)
        {
            environment["AWS_SESSION_TOKEN"] = token;
        }

        return environment;
    }
}
