using RoleCall.Cli.Commands.Serve;

namespace RoleCall.Cli.Tests.Serve;

/// <summary>Issue 17, item 10: `serve --host 0.0.0.0` said nothing about IAM being reachable from the network.</summary>
public sealed class NetworkExposureWarningTests
{
    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("::")]
    [InlineData("192.168.1.20")]
    public void Should_warn_on_stderr_when_the_server_listens_beyond_loopback(string host)
    {
        using var error = new StringWriter();

        NetworkExposureWarning.WriteIfExposed(error, host);

        Assert.StartsWith($"rolecall serve: warning: --host {host} makes IAM and STS reachable from the network", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("hint: use --host 127.0.0.1", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.0.0.2")]
    [InlineData("::1")]
    [InlineData("localhost")]
    public void Should_say_nothing_for_loopback(string host)
    {
        using var error = new StringWriter();

        NetworkExposureWarning.WriteIfExposed(error, host);

        Assert.Equal(string.Empty, error.ToString());
    }
}
