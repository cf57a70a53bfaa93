using RoleCall.Cli.Output;
using RoleCall.JmesPath;
using RoleCall.JmesPath.Values;

namespace RoleCall.Cli.Tests.Output;

/// <summary>
/// Every format, for realistic IAM responses and edge-case values under many --query expressions, must print
/// byte for byte what the AWS CLI's formatter prints (tests/Fixtures/output/differential-cases.json).
/// </summary>
public sealed class OutputDifferentialTests
{
    private static readonly string[] Formats = ["json", "text", "table", "yaml", "yaml-stream"];

    [Fact]
    public void Should_print_what_the_AWS_CLI_formatters_print_in_every_format()
    {
        var documents = (JmesArray)JmesValue.Parse(File.ReadAllText(Path.Combine(OutputTestPaths.Fixtures, "differential-cases.json")));
        var cases = new List<AwsCliFormatterJudge.Case>();
        foreach (JmesObject document in documents)
        {
            foreach (var query in (JmesArray)document.Get("queries"))
            {
                cases.AddRange(Formats.Select(format => new AwsCliFormatterJudge.Case(
                    format, (query as JmesString)?.Value, ((JmesString)document.Get("operation")).Value, document.Get("data"))));
            }
        }

        var expected = AwsCliFormatterJudge.Render(cases);
        var failures = new List<string>();
        for (var i = 0; i < cases.Count; i++)
        {
            var actual = Print(cases[i]);
            var bothFailed = expected[i].StartsWith("<error", StringComparison.Ordinal) && actual.StartsWith("<error", StringComparison.Ordinal);
            if (actual != expected[i] && !bothFailed)
            {
                failures.Add($"--output {cases[i].Format} --query {cases[i].Query ?? "(none)"} on {cases[i].Operation}:\n--- aws\n{expected[i]}\n--- rolecall\n{actual}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {cases.Count} differ:\n" + string.Join("\n", failures.Take(5)));
    }

    private static string Print(AwsCliFormatterJudge.Case c)
    {
        Assert.True(OutputFormats.TryParse(c.Format, out var format));
        var query = c.Query is null ? null : JmesPathExpression.Compile(c.Query);
        var output = new StringWriter { NewLine = "\n" };
        try
        {
            OutputWriter.Write(c.Data, new OutputOptions(format, query, c.Operation), output);
        }
        catch (OutputException e)
        {
            // Where the AWS CLI's formatter raises, rolecall must fail too (not print something else).
            return $"<error {e.Message}>";
        }

        return output.ToString();
    }
}
