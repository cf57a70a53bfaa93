using System.Diagnostics;

namespace RoleCall.Config.Tests.Support;

/// <summary>Runs python3 (with botocore) as an independent judge; a missing peer fails the test with what to install.</summary>
internal static class Python
{
    public static string Run(string script, string stdin, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("python3", [script])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
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
            throw new InvalidOperationException("python3 is required for this test: install python3 and `pip install botocore`", e);
        }

        using (process)
        {
            process.StandardInput.Write(stdin);
            process.StandardInput.Close();
            var stderrTask = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            var stderr = stderrTask.GetAwaiter().GetResult();
            Assert.True(process.ExitCode == 0,
                $"python3 {Path.GetFileName(script)} failed (exit {process.ExitCode}); is botocore installed (`pip install botocore`)?\n{stderr}");
            return output;
        }
    }
}
