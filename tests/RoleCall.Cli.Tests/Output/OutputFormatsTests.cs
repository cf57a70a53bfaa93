using RoleCall.Cli.Output;
using RoleCall.Core.Errors;

namespace RoleCall.Cli.Tests.Output;

/// <summary>Which format and timestamp spelling apply: --output over AWS_DEFAULT_OUTPUT over the profile, json by default.</summary>
public sealed class OutputFormatsTests
{
    [Theory]
    [InlineData("table", "text", "yaml", "Table")]
    [InlineData(null, "text", "yaml", "Text")]
    [InlineData(null, null, "yaml-stream", "YamlStream")]
    [InlineData(null, null, null, "Json")]
    public void Should_take_the_option_then_the_environment_then_the_profile(string? option, string? environment, string? profile, string expected) =>
        Assert.Equal(expected, OutputFormats.Resolve(option, environment, profile).ToString());

    [Fact]
    public void Should_reject_an_unknown_format_as_the_AWS_CLI_does()
    {
        var usage = Assert.Throws<UsageException>(() => OutputFormats.Resolve("xml", null, null));
        Assert.Equal("argument --output: Invalid choice, valid choices are: json | text | table | yaml | yaml-stream", usage.Message);
        Assert.Equal(253, Assert.Throws<ConfigurationException>(() => OutputFormats.Resolve(null, null, "xml")).ExitCode);
    }

    [Theory]
    [InlineData(null, "Iso8601")]
    [InlineData("none", "Wire")]
    [InlineData("wire", "Wire")]
    [InlineData("iso8601", "Iso8601")]
    public void Should_read_cli_timestamp_format(string? configured, string expected) =>
        Assert.Equal(expected, OutputFormats.ResolveTimestampFormat(configured).ToString());

    [Fact]
    public void Should_make_a_bad_query_a_usage_error_naming_the_column()
    {
        var error = Assert.Throws<UsageException>(() => OutputWriter.CompileQuery("Roles[?"));
        Assert.StartsWith("argument --query: Bad value for --query Roles[?: Invalid jmespath expression: Incomplete expression", error.Message, StringComparison.Ordinal);
        Assert.Null(OutputWriter.CompileQuery(null));
    }
}
