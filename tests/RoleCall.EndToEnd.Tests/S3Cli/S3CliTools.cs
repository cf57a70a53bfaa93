using RoleCall.Cli.Hosting;
using RoleCall.EndToEnd.Tests.IamCli;
using RoleCall.EndToEnd.Tests.Server.Support;
using RoleCall.Testing;

namespace RoleCall.EndToEnd.Tests.S3Cli;

/// <summary>
/// The AWS CLI v1, the AWS CLI v2 and rolecall (in-process) with one environment: static keys, a region, an
/// endpoint and TZ (a zone with a half-hour offset, so local-time dates are really converted). HOME is an
/// empty temp directory: no ~/.aws is read.
/// </summary>
internal sealed class S3CliTools : IDisposable
{
    private const string AwsV2 = "/usr/bin/aws";
    private readonly Dictionary<string, string> _environment;
    private readonly string _endpoint;

    public S3CliTools(string endpoint, string accessKeyId, string secretAccessKey, string region = "eu-west-1")
    {
        _endpoint = endpoint;
        Directory.CreateDirectory(Path.Combine(Home, ".aws"));
        File.WriteAllText(Path.Combine(Home, ".aws", "config"), "");
        File.WriteAllText(Path.Combine(Home, ".aws", "credentials"), "");
        _environment = new(StringComparer.Ordinal)
        {
            ["HOME"] = Home,
            ["AWS_CONFIG_FILE"] = Path.Combine(Home, ".aws", "config"),
            ["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(Home, ".aws", "credentials"),
            ["AWS_ACCESS_KEY_ID"] = accessKeyId,
            ["AWS_SECRET_ACCESS_KEY"] = secretAccessKey,
            ["AWS_DEFAULT_REGION"] = region,
            ["AWS_EC2_METADATA_DISABLED"] = "true",
            ["TZ"] = "Asia/Kolkata",
        };
    }

    public string Home { get; } = Path.Combine(Path.GetTempPath(), "rolecall-s3cli-" + Guid.NewGuid().ToString("N"));

    public IReadOnlyDictionary<string, string> Environment => _environment;

    public async Task<ToolRun> AwsV1Async(params string[] args) =>
        await RunAsync("aws", args, "install the AWS CLI v1: pip install awscli");

    public async Task<ToolRun> AwsV2Async(params string[] args) =>
        await RunAsync(AwsV2, args, "install the AWS CLI v2 as /usr/bin/aws: apt-get install -y awscli");

    public async Task<ToolRun> RolecallAsync(params string[] args)
    {
        using var console = new BufferConsole("");
        var code = await new CliApplication(CommandCatalog.Default, console, _environment, TimeProvider.System).RunAsync(["--endpoint-url", _endpoint, .. args]);
        return new ToolRun(code, console.StandardOutput, console.StandardError);
    }

    /// <summary>Runs a boto3 script (the endpoint is in ENDPOINT) to set up state no tool under test should create.</summary>
    public void Boto3(string script)
    {
        var result = Peers.Execute("python3", ["-c", "import os, boto3\ns3 = boto3.client('s3', endpoint_url=os.environ['ENDPOINT'])\n" + script],
            new Dictionary<string, string>(_environment) { ["ENDPOINT"] = _endpoint });
        Assert.True(result.ExitCode == 0, $"boto3 setup failed: {result.StandardError} ({Peers.InstallHint})");
    }

    public void Dispose() => Directory.Delete(Home, recursive: true);

    private async Task<ToolRun> RunAsync(string tool, string[] args, string hint)
    {
        var result = await ExternalTool.RunAsync(tool, ["--endpoint-url", _endpoint, .. args], _environment, Home, hint);
        return new ToolRun(result.ExitCode, result.Stdout, result.Stderr);
    }
}
