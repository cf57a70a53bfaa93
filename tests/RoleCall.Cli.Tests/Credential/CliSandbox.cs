using RoleCall.Cli.Commands;
using RoleCall.Cli.Commands.Credential;
using RoleCall.Cli.Hosting;

namespace RoleCall.Cli.Tests.Credential;

/// <summary>
/// A throwaway HOME with ~/.aws/config and credentials, and the credential + STS commands over a fake STS.
/// Never touches the real ~/.aws: every path is passed through the environment dictionary.
/// </summary>
internal sealed class CliSandbox : IDisposable
{
    public const string Config = """
        [profile base]
        aws_access_key_id = AKIABASE0000000000001
        aws_secret_access_key = base/secret
        region = eu-west-1

        [profile role]
        role_arn = arn:aws:iam::123456789012:role/Admin
        source_profile = base
        mfa_serial = arn:aws:iam::123456789012:mfa/alice
        region = eu-west-1

        [profile nokeys]
        region = us-east-1

        """;

    public CliSandbox(string config = Config)
    {
        Directory.CreateDirectory(Path.Combine(Home, ".aws"));
        File.WriteAllText(Path.Combine(Home, ".aws", "config"), config);
        Environment = new(StringComparer.Ordinal)
        {
            ["HOME"] = Home,
            ["AWS_CONFIG_FILE"] = Path.Combine(Home, ".aws", "config"),
            ["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(Home, ".aws", "credentials"),
            ["AWS_EC2_METADATA_DISABLED"] = "true",
        };
    }

    public string Home { get; } = Path.Combine(Path.GetTempPath(), "rolecall-cli-" + Guid.NewGuid().ToString("N"));

    public string CacheDirectory => Path.Combine(Home, ".aws", "cli", "cache");

    public Dictionary<string, string> Environment { get; }

    public FakeStsClient Sts { get; } = new();

    public TimeProvider Time { get; set; } = new FixedTime(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public (int Code, string Out, string Err) RunWithInput(string input, params string[] args)
    {
        using var console = new BufferConsole(input);
        var services = new CredentialServices(Sts);
        var catalog = new CommandCatalog([.. CredentialCommands.With(services), .. StsCommands.With(services)]);
        var code = new CliApplication(catalog, console, Environment, Time).RunAsync(args).GetAwaiter().GetResult();
        return (code, console.StandardOutput, console.StandardError);
    }

    public (int Code, string Out, string Err) Run(params string[] args) => RunWithInput(string.Empty, args);

    public void Dispose() => Directory.Delete(Home, recursive: true);

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
