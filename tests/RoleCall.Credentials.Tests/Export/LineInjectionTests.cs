using RoleCall.Core.Errors;
using RoleCall.Core.Identity;
using RoleCall.Credentials.Export;

namespace RoleCall.Credentials.Tests.Export;

/// <summary>
/// Issue 17, item 8: a session token holding "\r\n" (from a hostile or broken endpoint) became a command of
/// its own in `env --format cmd` and a variable of its own in `--format dotenv`. Every format refuses it.
/// </summary>
public sealed class LineInjectionTests
{
    private const string Injected = "FwoGZXIvYXdzE\r\nset PATH=C:\\evil";

    public static TheoryData<string, string> EveryFormat()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in CredentialFormats.Env.Keys)
        {
            data.Add("env", name);
        }

        foreach (var name in CredentialFormats.AwsCliExport.Keys)
        {
            data.Add("export", name);
        }

        data.Add("credential-process", "json");
        return data;
    }

    private static ICredentialFormatter Formatter(string command, string name) => command switch
    {
        "env" => CredentialFormats.Env[name],
        "export" => CredentialFormats.AwsCliExport[name],
        _ => ProcessJsonFormatter.CredentialProcess,
    };

    [Theory]
    [MemberData(nameof(EveryFormat))]
    public void Should_refuse_a_session_token_with_a_line_break_in_every_format(string command, string name)
    {
        var error = Assert.Throws<ConfigurationException>(() =>
            Formatter(command, name).Format(new ExportedCredentials(new AwsCredentials("ASIAEXAMPLE", "secret", Injected), "us-east-1", "prod")));

        Assert.Equal("the session token for profile 'prod' contains a line break; refusing to print it, since a shell or .env reader would take what follows as a command or variable of its own", error.Message);
        Assert.DoesNotContain("evil", error.Message + error.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AKIA\nX", "s", "us-east-1", "access key ID")]
    [InlineData("AKIAX", "s\r", "us-east-1", "secret access key")]
    [InlineData("AKIAX", "s", "us-east-1\nexport X=1", "region")]
    public void Should_name_the_field_that_holds_the_line_break(string keyId, string secret, string region, string field)
    {
        var error = Assert.Throws<ConfigurationException>(() => new ExportedCredentials(new AwsCredentials(keyId, secret), region, "prod"));

        Assert.StartsWith($"the {field} for profile 'prod' contains a line break", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_still_print_ordinary_credentials()
    {
        var text = CredentialFormats.Env["dotenv"].Format(new ExportedCredentials(new AwsCredentials("AKIAX", "s/+=", "tok"), null, "prod"));

        Assert.Contains("AWS_SESSION_TOKEN=", text, StringComparison.Ordinal);
    }
}
