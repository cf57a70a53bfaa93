using RoleCall.Core.Errors;

namespace RoleCall.Store.Postgres.Tests;

public sealed class PostgresStoreUrlTests
{
    [Theory]
    [InlineData("postgresql://app@db.internal:6432/rolecall", "postgresql://app@db.internal:6432/rolecall")]
    [InlineData("postgres://app@db.internal/rolecall", "postgresql://app@db.internal:5432/rolecall")]
    [InlineData("postgresql://db.internal/rolecall?sslmode=require", "postgresql://db.internal:5432/rolecall")]
    public void Should_parse_the_url_and_show_it_without_secrets(string url, string display)
    {
        Assert.Equal(display, PostgresStoreUrl.Parse(url).Display);
    }

    [Fact]
    public void Should_refuse_a_password_in_the_url_without_repeating_it()
    {
        var error = Assert.Throws<ConfigurationException>(() => PostgresStoreUrl.Parse("postgresql://app:hunter2@db/rolecall"));

        Assert.Equal("serve: --store must not contain a password", error.Message);
        Assert.Contains("PGPASSWORD or ~/.pgpass", error.Hint, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("postgresql://app@db/", "names no database")]
    [InlineData("mysql://app@db/rolecall", "is not a PostgreSQL URL")]
    [InlineData("postgresql://app@db/rolecall?pool=5", "serve: --store takes no query parameter 'pool': the only one taken is sslmode")]
    [InlineData("postgresql://app@db/rolecall?sslmode=sometimes", "an sslmode that is not disable, prefer, require")]
    public void Should_refuse_a_url_it_cannot_use_with_one_clear_line(string url, string expected)
    {
        var error = Assert.Throws<ConfigurationException>(() => PostgresStoreUrl.Parse(url));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    // libpq reads a password from the query too (`?password=`): no error line may carry it to a terminal or a log.
    [Theory]
    [InlineData("postgresql://app@db/rolecall?password=hunter2")]
    [InlineData("postgresql://app@db/rolecall?sslmode=require&password=hunter2")]
    [InlineData("postgresql://app@db/?password=hunter2")]
    [InlineData("postgresql://app@db/rolecall?sslmode=hunter2")]
    public void Should_not_repeat_a_query_that_may_hold_a_password(string url)
    {
        var error = Assert.Throws<ConfigurationException>(() => PostgresStoreUrl.Parse(url));

        Assert.DoesNotContain("hunter2", error.Message + error.Hint, StringComparison.Ordinal);
        Assert.StartsWith("serve: --store ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_take_sslmode_among_the_parameters()
    {
        Assert.Equal("postgresql://app@db:5432/rolecall", PostgresStoreUrl.Parse("postgresql://app@db/rolecall?sslmode=verify-full").Display);
    }
}
