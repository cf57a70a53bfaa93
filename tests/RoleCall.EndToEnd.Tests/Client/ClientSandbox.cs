using System.Diagnostics;
using RoleCall.Cli.Hosting;

namespace RoleCall.EndToEnd.Tests.Client;

/// <summary>
/// A throwaway HOME whose ~/.aws/config points role profiles at an STS endpoint; runs rolecall in-process and
/// the real AWS CLI (and bash) as processes over the same files and cache. Never touches the real ~/.aws.
/// </summary>
internal sealed class ClientSandbox : IDisposable
{
    public ClientSandbox(string endpoint, string config)
    {
        Directory.CreateDirectory(Path.Combine(Home, ".aws"));
        File.WriteAllText(ConfigFile, config);
        Environment = new(StringComparer.Ordinal)
        {
            ["HOME"] = Home,
            ["AWS_CONFIG_FILE"] = ConfigFile,
            ["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(Home, ".aws", "credentials"),
            ["AWS_ENDPOINT_URL"] = endpoint,
            ["AWS_EC2_METADATA_DISABLED"] = "true",
        };
    }

    public string Home { get; } = Path.Combine(Path.GetTempPath(), "rolecall-e2e-" + Guid.NewGuid().ToString("N"));

    public string ConfigFile => Path.Combine(Home, ".aws", "config");

    public string CacheDirectory => Path.Combine(Home, ".aws", "cli", "cache");

    public Dictionary<string, string> Environment { get; }

    /// <summary>The command line that runs this build's rolecall (for credential_process and bash scripts).</summary>
    public static string RolecallCommand => $"dotnet {RolecallDll}";

    /// <summary>This build's rolecall.dll, beside the test assembly.</summary>
    public static string RolecallDll => Path.Combine(Path.GetDirectoryName(typeof(CliApplication).Assembly.Location)!, "rolecall.dll");

    /// <summary>Runs this build's rolecall as a real process (signals, credential_process children), bounded in time.</summary>
    public (int Code, string Out, string Err) RolecallProcess(string input, TimeSpan timeout, params string[] args) =>
        Process(input, timeout, "dotnet", [RolecallDll, .. args]);

    public (int Code, string Out, string Err) Rolecall(string input, params string[] args)
    {
        using var console = new BufferConsole(input);
        var code = new CliApplication(CommandCatalog.Default, console, Environment, TimeProvider.System).RunAsync(args).GetAwaiter().GetResult();
        return (code, console.StandardOutput, console.StandardError);
    }

    /// <summary>Runs a program with this sandbox's AWS settings (and nothing AWS_* from the test runner's environment).</summary>
    public (int Code, string Out, string Err) Process(string input, string program, params string[] args) =>
        Process(input, TimeSpan.FromMinutes(5), program, args);

    /// <summary>
    /// As <see cref="Process(string, string, string[])"/>, bounded: after <paramref name="timeout"/> the process and
    /// everything it started are killed and the test fails (a runaway credential_process recursion, say).
    /// </summary>
    public (int Code, string Out, string Err) Process(string input, TimeSpan timeout, string program, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("AWS_", StringComparison.Ordinal) || k.StartsWith("ROLECALL_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in Environment)
        {
            start.Environment[name] = value;
        }

        System.Diagnostics.Process process;
        try
        {
            process = System.Diagnostics.Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"{program} is needed for this test (the AWS CLI: pip install awscli)", e);
        }

        using (process)
        {
            process.StandardInput.Write(input);
            process.StandardInput.Close();
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                Assert.Fail($"{program} {string.Join(' ', args)} did not finish within {timeout.TotalSeconds} s and was killed with its children; stderr so far: {stderr.Result}");
            }

            process.WaitForExit();
            return (process.ExitCode, stdout.Result, stderr.Result);
        }
    }

    public (int Code, string Out, string Err) Aws(string input, params string[] args) => Process(input, "aws", args);

    public void Dispose() => Directory.Delete(Home, recursive: true);
}
