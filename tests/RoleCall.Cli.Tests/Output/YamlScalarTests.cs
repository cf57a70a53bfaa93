using RoleCall.Cli.Output;
using RoleCall.JmesPath.Values;

namespace RoleCall.Cli.Tests.Output;

/// <summary>
/// Where AWS CLI v2 (ruamel.yaml, YAML 1.2 resolver) and PyYAML (YAML 1.1, the differential judge) disagree,
/// rolecall quotes as ruamel does: only text a YAML 1.2 reader would not read back as a string.
/// </summary>
public sealed class YamlScalarTests
{
    [Theory]
    [InlineData("yes", "yes\n...\n")]
    [InlineData("off", "off\n...\n")]
    [InlineData("12:30", "12:30\n...\n")]
    [InlineData("_", "_\n...\n")]
    [InlineData("0o17", "'0o17'\n")]
    [InlineData("1e3", "'1e3'\n")]
    [InlineData("-.5", "'-.5'\n")]
    [InlineData("2024-01-01T00:00:00Z", "'2024-01-01T00:00:00Z'\n")]
    [InlineData("True", "'True'\n")]
    [InlineData("arn:aws:iam::123456789012:role/x", "arn:aws:iam::123456789012:role/x\n...\n")]
    public void Should_quote_what_YAML_1_2_would_not_read_as_a_string(string text, string expected)
    {
        var output = new StringWriter();
        OutputWriter.Write(new JmesString(text), OutputFormat.Yaml, query: null, "Op", output);
        Assert.Equal(expected, output.ToString());
    }
}
