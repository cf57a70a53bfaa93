using RoleCall.Cli.Commands.Serve;
using RoleCall.Cli.Hosting;
using RoleCall.Core.Errors;
using RoleCall.Server;

namespace RoleCall.EndToEnd.Tests.Server;

/// <summary>`rolecall serve --store postgresql://...` and ROLECALL_STORE, bound without connecting (issue 15).</summary>
public sealed class ServeStoreOptionTests
{
    private static LocalServerOptions Bind(Dictionary<string, string> environment, params string[] args)
    {
        using var console = new BufferConsole();
        var context = new CommandContext(new GlobalOptions(), new ArgumentReader(args), console, environment, TimeProvider.System);
        return ServeOptionsBinder.Bind(context);
    }

    [Fact]
    public void Should_choose_postgresql_from_the_option_or_the_environment_and_let_data_win_over_the_environment()
    {
        var environment = new Dictionary<string, string> { ["HOME"] = "/home/me", ["ROLECALL_STORE"] = "postgresql://env@db:5432/shared" };

        Assert.StartsWith("postgresql://app@db:6432/rolecall ", Bind([], "--store", "postgresql://app@db:6432/rolecall").Store.Location, StringComparison.Ordinal);
        Assert.StartsWith("postgresql://env@db:5432/shared ", Bind(environment).Store.Location, StringComparison.Ordinal);
        Assert.Equal("/tmp/d", Bind(environment, "--data", "/tmp/d").Store.Location);
    }

    [Fact]
    public void Should_refuse_a_password_in_the_store_url_with_the_places_a_password_goes()
    {
        var error = Assert.Throws<ConfigurationException>(() => Bind(new() { ["HOME"] = "/home/me" }, "--store", "postgresql://app:s3cret@db/rolecall"));

        Assert.Equal("serve: --store must not contain a password", error.Message);
        Assert.Contains("PGPASSWORD", error.Hint, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_refuse_store_with_in_memory()
    {
        var error = Assert.Throws<UsageException>(() => Bind([], "--store", "postgresql://app@db/rolecall", "--in-memory"));

        Assert.Equal("serve: --store excludes --in-memory", error.Message);
    }

    [Fact]
    public void Should_take_data_beside_store_as_the_shared_s3_body_directory()
    {
        var location = Bind([], "--store", "postgresql://app@db/rolecall", "--data", "/mnt/shared").Store.Location;

        Assert.Equal("postgresql://app@db:5432/rolecall (shared; S3 object bodies in /mnt/shared/s3-objects)", location);
        Assert.EndsWith("in ~/.rolecall/data/s3-objects)", Bind([], "--store", "postgresql://app@db/rolecall").Store.Location, StringComparison.Ordinal);
    }
}
