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
    [InlineData("postgresql://app@db/rolecall?pool=5", "the only query parameter taken is sslmode")]
    public void Should_refuse_a_url_it_cannot_use_with_one_clear_line(string url, string expected)
    {
        var error = Assert.Throws<ConfigurationException>(() => PostgresStoreUrl.Parse(url));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }
}
