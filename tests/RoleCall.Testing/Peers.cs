using System.ComponentModel;
using System.Diagnostics;

namespace RoleCall.Testing;

/// <summary>
/// Runs a real peer (the AWS CLI v1 `aws`, `python3` with botocore/boto3, `moto_server`) as a judge. A peer that is
/// missing fails the test with what to install; it never skips. The child gets a clean AWS environment: only the
/// variables the test passes, plus PATH and HOME (a temp dir unless given) so the real ~/.aws is never read.
/// </summary>
public static class Peers
{
    public const string InstallHint = "install the peers with: pip install awscli boto3 'moto[server]' jmespath";

    public static PeerResult Execute(string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null, string? stdin = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("AWS_", StringComparison.Ordinal) || k.StartsWith("ROLECALL_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["HOME"] = Path.Combine(Path.GetTempPath(), "rolecall-peer-home");
        start.Environment["AWS_CONFIG_FILE"] = "/dev/null";
        start.Environment["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"the peer `{program}` is not on PATH: {InstallHint}", e);
        }

        using (process)
        {
            process.StandardInput.Write(stdin ?? string.Empty);
            process.StandardInput.Close();
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout ?? TimeSpan.FromSeconds(60)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish");
            }

            return new PeerResult(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
        }
    }

    /// <summary>Runs a peer that must succeed and returns its stdout.</summary>
    public static string Run(string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var result = Execute(program, arguments, environment);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({result.ExitCode}): {result.StandardError} ({InstallHint})");
        }

        return result.StandardOutput;
    }
}
