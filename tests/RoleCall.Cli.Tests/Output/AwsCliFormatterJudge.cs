using System.Diagnostics;
using RoleCall.JmesPath.Values;

namespace RoleCall.Cli.Tests.Output;

/// <summary>
/// Runs aws_cli_formatter_judge.py: the AWS CLI's own formatters (awscli.formatter, and PyYAML for the
/// v2-only yaml formats) print each case, all cases in one python process.
/// </summary>
internal static class AwsCliFormatterJudge
{
    public sealed record Case(string Format, string? Query, string Operation, JmesValue Data);

    public static IReadOnlyList<string> Render(IReadOnlyList<Case> cases)
    {
        var input = new JmesArray(cases.Select(c => (JmesValue)new JmesObject(
        [
            new("format", new JmesString(c.Format)),
            new("query", JmesValue.From(c.Query)),
            new("operation", new JmesString(c.Operation)),
            new("data", c.Data),
        ])).ToList());

        var start = new ProcessStartInfo("python3", [OutputTestPaths.Judge])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardInputEncoding = new System.Text.UTF8Encoding(false),
        };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("python3 is needed as the judge of output formats: install python3 with `pip install awscli pyyaml jmespath`", e);
        }

        using (process)
        {
            process.StandardInput.Write(input.ToJson());
            process.StandardInput.Close();
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0,
                $"the AWS CLI formatter judge failed (needs python3 with `pip install awscli pyyaml jmespath`): {stderr}");
            return ((JmesArray)JmesValue.Parse(stdout.Result)).Select(v => ((JmesString)v).Value).ToList();
        }
    }
}
