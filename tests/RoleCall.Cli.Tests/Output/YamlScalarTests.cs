using RoleCall.Cli.Output;
using RoleCall.JmesPath.Values;

namespace RoleCall.Cli.Tests.Output;

/// <summary>
/// Where AWS CLI v2 (ruamel.yaml, YAML 1.2 resolver) and PyYAML (YAML 1.1, the differential judge) disagree,
/// rolecall quotes as ruamel does: only text a YAML 1.2 reader would not read back as a string; and scalars at
/// the root print as JSON, as the AWS CLI v2 prints them.
/// </summary>
public sealed class YamlScalarTests
{
    // Expected values printed by the AWS CLI v2's own YAMLDumper (awscli.formatter, ruamel.yaml 0.17.21).
    [Theory]
    [InlineData("yes", "k: yes\n")]
    [InlineData("off", "k: off\n")]
    [InlineData("12:30", "k: 12:30\n")]
    [InlineData("_", "k: _\n")]
    [InlineData("0o17", "k: '0o17'\n")]
    [InlineData("1e3", "k: '1e3'\n")]
    [InlineData("-.5", "k: '-.5'\n")]
    [InlineData("2024-01-01T00:00:00Z", "k: '2024-01-01T00:00:00Z'\n")]
    [InlineData("True", "k: 'True'\n")]
    [InlineData("arn:aws:iam::123456789012:role/x", "k: arn:aws:iam::123456789012:role/x\n")]
    public void Should_quote_what_YAML_1_2_would_not_read_as_a_string(string text, string expected)
    {
        var output = new StringWriter();
        OutputWriter.Write(new JmesObject([new("k", new JmesString(text))]), OutputFormat.Yaml, query: null, "Op", output);
        Assert.Equal(expected, output.ToString());
    }

    [Fact]
    public void Should_print_a_scalar_result_as_json_as_the_aws_cli_yaml_dumper_does()
    {
        // issue 7: AWS CLI v2 json-dumps scalars rather than ending a YAML document with `...`.
        string Print(JmesValue value)
        {
            var output = new StringWriter();
            OutputWriter.Write(value, OutputFormat.Yaml, query: null, "Op", output);
            return output.ToString();
        }

        Assert.Equal("\"yes\"\n", Print(new JmesString("yes")));
        Assert.Equal("\"\u00fc\"\n", Print(new JmesString("\u00fc")));
        Assert.Equal("3600\n", Print(new JmesNumber(3600)));
        Assert.Equal("null\n", Print(JmesValue.Null));
        Assert.Equal("true\n", Print(JmesBoolean.True));
    }
}
