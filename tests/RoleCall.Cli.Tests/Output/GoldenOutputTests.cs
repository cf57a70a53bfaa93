using RoleCall.Cli.Output;
using RoleCall.JmesPath.Values;

namespace RoleCall.Cli.Tests.Output;

/// <summary>
/// One golden test per format: tests/Fixtures/output/golden/*.input.json printed by rolecall must equal the
/// committed output of the AWS CLI's formatter for it (regenerate with golden/generate.py).
/// </summary>
public sealed class GoldenOutputTests
{
    [Theory]
    [InlineData("get-caller-identity", "json")]
    [InlineData("get-caller-identity", "text")]
    [InlineData("get-caller-identity", "table")]
    [InlineData("get-caller-identity", "yaml")]
    [InlineData("get-caller-identity", "yaml-stream")]
    [InlineData("list-roles", "json")]
    [InlineData("list-roles", "text")]
    [InlineData("list-roles", "table")]
    [InlineData("list-roles", "yaml")]
    [InlineData("list-roles", "yaml-stream")]
    public void Should_print_the_golden_output_of_the_AWS_CLI(string fixture, string formatName)
    {
        var folder = Path.Combine(OutputTestPaths.Fixtures, "golden");
        var input = (JmesObject)JmesValue.Parse(File.ReadAllText(Path.Combine(folder, fixture + ".input.json")));
        var expected = File.ReadAllText(Path.Combine(folder, $"{fixture}.{formatName}.txt"));
        Assert.True(OutputFormats.TryParse(formatName, out var format));

        var output = new StringWriter();
        OutputWriter.Write(input.Get("data"), format, query: null, ((JmesString)input.Get("operation")).Value, output);

        Assert.Equal(expected, output.ToString());
    }
}
