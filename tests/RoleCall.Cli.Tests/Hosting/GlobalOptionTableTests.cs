using System.Text.Json;
using RoleCall.Cli.Hosting;
using RoleCall.Core.Errors;

namespace RoleCall.Cli.Tests.Hosting;

/// <summary>Issue 17: each global option is declared once; the parser, the prefix table and help read that declaration.</summary>
public sealed class GlobalOptionTableTests
{
    // The AWS CLI v2 (Debian package awscli) declares its global options in this file.
    private const string AwsCliV2Options = "/usr/lib/python3/dist-packages/awscli/data/cli.json";

    [Fact]
    public void Should_declare_the_aws_cli_v2_global_options_in_its_order()
    {
        Assert.True(File.Exists(AwsCliV2Options), $"{AwsCliV2Options} is missing: apt-get install -y awscli");
        using var cli = JsonDocument.Parse(File.ReadAllText(AwsCliV2Options));
        var theirs = cli.RootElement.GetProperty("options").EnumerateObject().Select(p => "--" + p.Name);

        Assert.Equal(theirs, GlobalOptionTable.Names);
    }

    [Fact]
    public void Should_parse_every_declared_option_in_full_and_list_it_in_help()
    {
        var help = GlobalOptionTable.Help();
        foreach (var option in GlobalOptionTable.All.Where(o => !o.Help.StartsWith("not supported", StringComparison.Ordinal)))
        {
            string[] args = option.TakesValue ? [option.Name, Sample(option.Name), "rest"] : [option.Name, "rest"];
            var (_, rest) = GlobalOptionParser.Parse(args);
            Assert.Equal(["rest"], rest);
            Assert.Contains(option.Synopsis, help, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Should_refuse_unsupported_options_and_bad_choices_with_one_clear_line()
    {
        Assert.Equal("--no-sign-request is not supported by rolecall", Assert.Throws<UsageException>(() => GlobalOptionParser.Parse(["--no-sign"])).Message);
        Assert.Equal("'xml' is not one of them", Assert.Throws<UsageException>(() => GlobalOptionParser.Parse(["--output", "xml"])).Hint);
        Assert.Contains("expected one argument", Assert.Throws<UsageException>(() => GlobalOptionParser.Parse(["--reg"])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_set_each_value_option_into_the_global_options()
    {
        var (globals, _) = GlobalOptionParser.Parse(["--prof", "p", "--reg=eu-west-1", "--endpoint", "http://x", "--cli-read", "5", "--cli-conn", "6", "--col", "off", "--deb", "--vers"]);

        Assert.Equal(("p", "eu-west-1", "http://x", 5, 6, "off", true, true),
            (globals.Profile, globals.Region, globals.EndpointUrl, globals.CliReadTimeout, globals.CliConnectTimeout, globals.Color, globals.Debug, globals.Version));
    }

    private static string Sample(string name) => name switch
    {
        "--output" => "json",
        "--color" => "auto",
        "--cli-binary-format" => "base64",
        "--cli-read-timeout" or "--cli-connect-timeout" => "3",
        "--endpoint-url" => "http://127.0.0.1:4600",
        _ => "value",
    };
}
