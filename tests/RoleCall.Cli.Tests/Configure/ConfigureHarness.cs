using System.Diagnostics;
using RoleCall.Cli.Commands;
using RoleCall.Cli.Hosting;

namespace RoleCall.Cli.Tests.Configure;

/// <summary>
/// Runs `rolecall configure ...` in-process against a throw-away HOME (never the real ~/.aws), and the
/// real AWS CLI v1 against the same HOME for interop checks.
/// </summary>
internal sealed class ConfigureHarness : IDisposable
{
    public ConfigureHarness()
    {
        Home = Directory.CreateTempSubdirectory("rolecall-cli-home-").FullName;
        Environment = new Dictionary<string, string>(StringComparer.Ordinal) { ["HOME"] = Home };
    }

    public string Home { get; }

    public Dictionary<string, string> Environment { get; }

    public string AwsDirectory => Path.Combine(Home, ".aws");

    public string ConfigFile => Path.Combine(AwsDirectory, "config");

    public string CredentialsFile => Path.Combine(AwsDirectory, "credentials");

    public void WriteConfig(string text) => Write(ConfigFile, text);

    public void WriteCredentials(string text) => Write(CredentialsFile, text);

    public (int Code, string Out, string Err) Run(params string[] args) => RunWithInput(string.Empty, args);

    public (int Code, string Out, string Err) RunWithInput(string input, params string[] args) =>
        RunWith(new CommandCatalog([.. ConfigureCommands.All]), input, args);

    /// <summary>Any rolecall command (sts, iam, ec2, ...), not only the configure group.</summary>
    public (int Code, string Out, string Err) RunAny(params string[] args) => RunWith(CommandCatalog.Default, string.Empty, args);

    /// <summary>Any rolecall command with <paramref name="input"/> on stdin (not a terminal).</summary>
    public (int Code, string Out, string Err) RunAnyWithInput(string input, params string[] args) => RunWith(CommandCatalog.Default, input, args);

    private (int Code, string Out, string Err) RunWith(CommandCatalog catalog, string input, string[] args)
    {
        using var console = new BufferConsole(input);
        var app = new CliApplication(catalog, console, Environment, TimeProvider.System);
        var code = app.RunAsync(args).GetAwaiter().GetResult();
        return (code, console.StandardOutput, console.StandardError);
    }

    /// <summary>The real AWS CLI v1 with this HOME and no other AWS_* variables from the test process.</summary>
    public (int Code, string Out, string Err) Aws(params string[] args) => AwsWithInput("aws", string.Empty, args);

    /// <summary>The AWS CLI v2 (Debian's /usr/bin/aws, 2.9), the same way.</summary>
    public (int Code, string Out, string Err) AwsV2(params string[] args) => AwsWithInput(AwsV2Program, string.Empty, args);

    public const string AwsV2Program = "/usr/bin/aws";

    /// <summary><paramref name="program"/> (`aws` or <see cref="AwsV2Program"/>) with <paramref name="input"/> on stdin.</summary>
    public (int Code, string Out, string Err) AwsWithInput(string program, string input, params string[] args)
    {
        var start = new ProcessStartInfo(program, args) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("AWS_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in Environment)
        {
            start.Environment[name] = value;
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException(program == AwsV2Program
                ? "the AWS CLI v2 is required for this test as /usr/bin/aws: apt-get install -y awscli"
                : "the AWS CLI v1 is required for this test: pip install awscli", e);
        }

        using (process)
        {
            process.StandardInput.Write(input);
            process.StandardInput.Close();
            var err = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output, err.GetAwaiter().GetResult());
        }
    }

    public void Dispose() => Directory.Delete(Home, recursive: true);

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
