using RoleCall.Cli.Hosting;
using RoleCall.Core.Errors;

namespace RoleCall.Cli.Tests.Hosting;

/// <summary>
/// `--endpoint-url` is checked as the AWS CLI checks it (awscli/customizations/globalargs.py) before anything
/// runs: an empty value used to mean "no endpoint", so `--endpoint-url "$UNSET"` sent the call, signed, to AWS.
/// </summary>
public sealed class EndpointUrlOptionTests
{
    [Theory]
    [InlineData("")]
    [InlineData("foo")]
    [InlineData("127.0.0.1:4600")]
    [InlineData("//127.0.0.1:4600")]
    [InlineData("1http://127.0.0.1:4600")]
    public void Should_refuse_a_value_without_a_scheme_in_the_aws_cli_words_with_exit_252(string value)
    {
        var error = Assert.Throws<AwsCliMessageException>(() => GlobalOptionParser.Parse(["--endpoint-url", value, "sts", "get-caller-identity"]));

        Assert.Equal($"Bad value for --endpoint-url \"{value}\": scheme is missing.  Must be of the form http://<hostname>/ or https://<hostname>/", error.Message);
        Assert.Equal(ExitCodes.BadSyntax, error.ExitCode);
        Assert.Contains("--endpoint-url http://", error.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:4600")]
    [InlineData("https://sts.example.com/")]
    [InlineData("localhost:4600")] // urlparse reads `localhost` as the scheme; botocore refuses it later, as rolecall's endpoint resolver does
    [InlineData("svn+ssh://host")]
    public void Should_pass_a_value_with_a_scheme_on_to_the_endpoint_resolver(string value)
    {
        var (globals, _) = GlobalOptionParser.Parse([$"--endpoint-url={value}", "sts", "get-caller-identity"]);

        Assert.Equal(value, globals.EndpointUrl);
    }

    [Fact]
    public async Task Should_print_the_message_as_the_aws_cli_does_and_exit_252()
    {
        using var console = new BufferConsole();
        var app = new CliApplication(CommandCatalog.Default, console, new Dictionary<string, string>(), TimeProvider.System);

        var code = await app.RunAsync(["sts", "get-caller-identity", "--endpoint-url", ""]);

        Assert.Equal(252, code);
        Assert.Equal("", console.StandardOutput);
        Assert.StartsWith("\nBad value for --endpoint-url \"\": scheme is missing.", console.StandardError, StringComparison.Ordinal);
        Assert.Equal(3, console.StandardError.Split('\n', StringSplitOptions.None).Length - 1);
    }
}
