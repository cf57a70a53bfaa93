using RoleCall.Config;
using RoleCall.Config.Profiles;
using RoleCall.Core.Errors;
using RoleCall.Credentials.Sts;

namespace RoleCall.Credentials.Tests.Sts;

public sealed class RetryPolicyTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rolecall-retry-").FullName;

    [Fact]
    public void Should_cap_the_jittered_backoff_at_twenty_seconds()
    {
        var policy = RetryPolicy.Standard with { Random = () => 0.99 };

        Assert.Equal(TimeSpan.FromSeconds(0.99), policy.BackoffAfter(1));
        Assert.Equal(TimeSpan.FromSeconds(3.96), policy.BackoffAfter(3));
        Assert.Equal(TimeSpan.FromSeconds(20), policy.BackoffAfter(10));
    }

    [Theory]
    [InlineData(null, null, 3)]
    [InlineData(null, "5", 5)]
    [InlineData("2", "5", 2)]
    public void Should_take_max_attempts_from_the_environment_then_the_profile(string? environment, string? profile, int expected)
    {
        Assert.Equal(expected, RetryPolicy.For(Profile(profile, out var env, environment), env).MaxAttempts);
    }

    [Fact]
    public void Should_refuse_a_max_attempts_that_is_not_a_positive_integer()
    {
        var error = Assert.Throws<ConfigurationException>(() => RetryPolicy.For(Profile("zero", out var env), env));

        Assert.Equal("Invalid max_attempts 'zero' (from max_attempts in profile default)", error.Message);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private ResolvedProfile Profile(string? maxAttempts, out AwsEnvironment environment, string? environmentValue = null)
    {
        var config = Path.Combine(_dir, "config");
        File.WriteAllText(config, maxAttempts is null ? "[default]\n" : $"[default]\nmax_attempts = {maxAttempts}\n");
        var variables = new Dictionary<string, string> { ["AWS_CONFIG_FILE"] = config, ["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(_dir, "c"), ["HOME"] = _dir };
        if (environmentValue is not null)
        {
            variables["AWS_MAX_ATTEMPTS"] = environmentValue;
        }

        environment = AwsEnvironment.From(variables);
        return new ProfileResolver(environment, AwsPaths.From(environment)).Resolve();
    }
}
