namespace RoleCall.Cli.Tests.Configure;

public sealed class ConfigureHelpTests : IDisposable
{
    private readonly ConfigureHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Theory]
    [InlineData("configure", "usage: rolecall configure [--profile PROFILE]")]
    [InlineData("configure set", "usage: rolecall configure set VARNAME VALUE")]
    [InlineData("configure get", "usage: rolecall configure get VARNAME")]
    [InlineData("configure list", "usage: rolecall configure list")]
    [InlineData("configure list-profiles", "usage: rolecall configure list-profiles")]
    [InlineData("configure sso", "usage: rolecall configure sso [--profile PROFILE]")]
    public void Should_print_help_for_every_configure_command(string command, string usage)
    {
        var words = command.Split(' ');
        var (code, stdout, stderr) = _cli.Run([.. words, "help"]);
        Assert.Equal((0, ""), (code, stderr));
        Assert.StartsWith(usage, stdout, StringComparison.Ordinal);
        Assert.Equal(stdout, _cli.Run([.. words, "--help"]).Out);
    }
}
