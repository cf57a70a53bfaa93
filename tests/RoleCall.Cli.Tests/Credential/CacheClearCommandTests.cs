namespace RoleCall.Cli.Tests.Credential;

/// <summary>`rolecall cache clear [--profile P]` over the shared ~/.aws/cli/cache.</summary>
public sealed class CacheClearCommandTests : IDisposable
{
    private readonly CliSandbox _sandbox = new(CliSandbox.Config + """
        [profile other]
        role_arn = arn:aws:iam::123456789012:role/Other
        source_profile = base

        """);

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public void Should_remove_only_the_sessions_of_the_given_profiles_chain()
    {
        Assert.Equal(0, _sandbox.Run("env", "role", "--mfa-code", "123456").Code);
        Assert.Equal(0, _sandbox.Run("env", "other").Code);
        Assert.Equal(2, Directory.GetFiles(_sandbox.CacheDirectory).Length);

        var result = _sandbox.Run("cache", "clear", "--profile", "role");

        Assert.Equal((0, $"removed 1 cached session from {_sandbox.CacheDirectory}\n"), (result.Code, result.Err.ReplaceLineEndings("\n")));
        Assert.Equal(0, _sandbox.Run("env", "other").Code);
        Assert.Equal(2, _sandbox.Sts.Calls.Count);
        Assert.Equal(0, _sandbox.Run("env", "role", "--mfa-code", "654321").Code);
        Assert.Equal(3, _sandbox.Sts.Calls.Count);
    }

    [Fact]
    public void Should_remove_everything_even_when_AWS_PROFILE_names_a_missing_profile()
    {
        Assert.Equal(0, _sandbox.Run("env", "other").Code);
        _sandbox.Environment["AWS_PROFILE"] = "gone";

        var result = _sandbox.Run("cache", "clear");

        Assert.True(result.Code == 0, result.Err);
        Assert.Empty(Directory.GetFiles(_sandbox.CacheDirectory));
    }

    [Fact]
    public void Should_refuse_a_missing_profile_named_with_the_option()
    {
        var result = _sandbox.Run("cache", "clear", "--profile", "gone");

        Assert.Equal(255, result.Code);
        Assert.StartsWith("\nThe config profile (gone) could not be found", result.Err, StringComparison.Ordinal);
    }
}
