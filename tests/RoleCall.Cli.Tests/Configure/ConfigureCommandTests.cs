using RoleCall.Cli.Hosting;
using RoleCall.Cli.Terminal;

namespace RoleCall.Cli.Tests.Configure;

public sealed class ConfigureCommandTests : IDisposable
{
    private readonly ConfigureHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Should_ask_four_questions_on_stdout_and_write_answers_from_a_pipe_as_the_aws_cli_v2_does()
    {
        const string Answers = "AKIAIOSFODNN7EXAMPLE\nSECRETKEY\nus-east-1\njson\n";
        var (code, stdout, stderr) = _cli.RunWithInput(Answers, "configure", "--profile", "dev");
        Assert.Equal((0, ""), (code, stderr));
        Assert.Equal("AWS Access Key ID [None]: AWS Secret Access Key [None]: Default region name [None]: Default output format [None]: ", stdout);
        Assert.Equal("[dev]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = SECRETKEY\n", File.ReadAllText(_cli.CredentialsFile));
        Assert.Equal("[profile dev]\nregion = us-east-1\noutput = json\n", File.ReadAllText(_cli.ConfigFile));

        var ours = (File.ReadAllText(_cli.ConfigFile), File.ReadAllText(_cli.CredentialsFile));
        Directory.Delete(_cli.AwsDirectory, recursive: true);
        Assert.Equal((code, stdout, stderr), _cli.AwsWithInput(ConfigureHarness.AwsV2Program, Answers, "configure", "--profile", "dev"));
        Assert.Equal(ours, (File.ReadAllText(_cli.ConfigFile), File.ReadAllText(_cli.CredentialsFile)));
    }

    [Fact]
    public void Should_show_current_values_masked_and_keep_them_on_empty_answers_or_end_of_input()
    {
        _cli.WriteConfig("[default]\nregion = us-west-2\n");
        _cli.WriteCredentials("[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n");
        var (code, stdout, _) = _cli.RunWithInput("\n\neu-central-1\n", "configure");
        Assert.Equal(0, code);
        Assert.Equal(
            "AWS Access Key ID [****************MPLE]: AWS Secret Access Key [****************EKEY]: Default region name [us-west-2]: Default output format [None]: ",
            stdout);
        Assert.Equal("[default]\nregion = eu-central-1\n", File.ReadAllText(_cli.ConfigFile));
        Assert.Contains("aws_access_key_id = AKIAIOSFODNN7EXAMPLE", File.ReadAllText(_cli.CredentialsFile), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_write_nothing_when_nothing_changes()
    {
        Assert.Equal(0, _cli.RunWithInput("", "configure").Code);
        Assert.False(Directory.Exists(_cli.AwsDirectory));
    }

    [Fact]
    public void Should_read_a_secret_without_echo_from_a_terminal_with_backspace_editing()
    {
        using var console = new BufferConsole();
        var keys = new ScriptedKeys("12x\b3\r");
        var answer = new ConsolePrompter(console, keys).ReadSecret("Enter MFA code for arn:aws:iam::123456789012:mfa/me: ");
        Assert.Equal("123", answer);
        Assert.Equal("Enter MFA code for arn:aws:iam::123456789012:mfa/me: \n", console.StandardError);
        Assert.Equal("", console.StandardOutput);
    }

    [Fact]
    public void Should_read_a_secret_as_a_line_from_a_pipe()
    {
        using var console = new BufferConsole("654321\n");
        Assert.Equal("654321", ConsolePrompter.For(console).ReadSecret("code: "));
        Assert.Null(ConsolePrompter.For(console).ReadSecret("code: "));
    }

    private sealed class ScriptedKeys(string typed) : IKeyReader
    {
        private int _next;

        public ConsoleKeyInfo ReadKey()
        {
            var c = typed[_next++];
            var key = c switch
            {
                '\r' => ConsoleKey.Enter,
                '\b' => ConsoleKey.Backspace,
                _ => ConsoleKey.A,
            };
            return new ConsoleKeyInfo(c, key, shift: false, alt: false, control: false);
        }
    }
}
