using RoleCall.Cli.Commands.Serve;
using RoleCall.Cli.Hosting;
using RoleCall.Core.Errors;
using RoleCall.Server;

namespace RoleCall.EndToEnd.Tests.Server;

/// <summary>`rolecall serve`'s options and environment variables, bound without starting anything.</summary>
public sealed class ServeOptionsBinderTests
{
    private static LocalServerOptions Bind(Dictionary<string, string> environment, params string[] args)
    {
        using var console = new BufferConsole();
        var context = new CommandContext(new GlobalOptions(), new ArgumentReader(args), console, environment, TimeProvider.System);
        return ServeOptionsBinder.Bind(context);
    }

    [Fact]
    public void Should_default_to_loopback_port_4600_and_a_data_directory_under_home()
    {
        var options = Bind(new() { ["HOME"] = "/home/me" });

        Assert.Equal(("127.0.0.1", 4600, "123456789012"), (options.Host, options.Port, options.AccountId));
        Assert.Equal("/home/me/.rolecall/data", options.Store.Location);
        Assert.False(options.DevClock);
        Assert.Null(options.RootAccessKeyId);
    }

    [Fact]
    public void Should_read_root_keys_from_the_environment_and_let_options_win()
    {
        var environment = new Dictionary<string, string>
        {
            ["HOME"] = "/home/me",
            ["ROLECALL_ROOT_ACCESS_KEY_ID"] = "AKIAFROMENVIRONMENT1",
            ["ROLECALL_ROOT_SECRET_ACCESS_KEY"] = "env-secret",
        };

        var fromEnvironment = Bind(environment);
        var fromOption = Bind(environment, "--root-access-key-id", "AKIAFROMOPTION000001");

        Assert.Equal(("AKIAFROMENVIRONMENT1", "env-secret"), (fromEnvironment.RootAccessKeyId, fromEnvironment.RootSecretAccessKey));
        Assert.Equal("AKIAFROMOPTION000001", fromOption.RootAccessKeyId);
    }

    [Fact]
    public void Should_bind_every_option()
    {
        var options = Bind([], "--host", "0.0.0.0", "--port", "0", "--in-memory", "--account-id", "210987654321",
            "--add-account", "111122223333", "444455556666", "--dev-clock");

        Assert.Equal(("0.0.0.0", 0, "210987654321"), (options.Host, options.Port, options.AccountId));
        Assert.Equal("in memory", options.Store.Location);
        Assert.Equal(["111122223333", "444455556666"], options.AdditionalAccounts);
        Assert.True(options.DevClock);
    }

    [Fact]
    public void Should_refuse_data_and_in_memory_together_and_unknown_options()
    {
        Assert.Throws<UsageException>(() => Bind([], "--data", "/tmp/x", "--in-memory"));
        Assert.Throws<UsageException>(() => Bind([], "--in-memory", "--verbose"));
        Assert.Throws<UsageException>(() => Bind([], "--in-memory", "--port", "70000"));
    }
}
