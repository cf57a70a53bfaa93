using RoleCall.Core.Identity;
using RoleCall.Credentials.Caching;
using RoleCall.Credentials.Providers;
using RoleCall.Credentials.Sts;
using RoleCall.Credentials.Tests.Support;

namespace RoleCall.Credentials.Tests.Caching;

public sealed class CachingProviderTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "rolecall-cache-" + Guid.NewGuid().ToString("N"));
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero));
    private readonly List<string> _warnings = [];

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private (CachingProvider Provider, FakeSts Sts, ScriptedMfa Mfa) Role(string? mfaSerial = null)
    {
        var sts = new FakeSts(_clock);
        var mfa = new ScriptedMfa(false, "123456");
        var source = new StaticKeysProvider("base", new AwsCredentials("AKIABASE", "s"), StaticKeysProvider.ConfigFileMethod, _clock);
        var role = new AssumeRoleProvider("role", source, new AssumeRoleOptions("arn:aws:iam::123456789012:role/Admin", MfaSerial: mfaSerial), false, sts, mfa, _clock);
        return (new CachingProvider(role, new FileCredentialCache(_dir, _warnings.Add), _clock), sts, mfa);
    }

    [Fact]
    public async Task Should_reuse_a_cached_session_across_processes_and_prompt_once()
    {
        var (first, sts1, mfa1) = Role("arn:aws:iam::123456789012:mfa/alice");
        var a = await first.ResolveAsync(default);
        var (second, sts2, mfa2) = Role("arn:aws:iam::123456789012:mfa/alice");
        var b = await second.ResolveAsync(default);

        Assert.Equal(a.AccessKeyId, b.AccessKeyId);
        Assert.Single(mfa1.Prompts);
        Assert.Empty(mfa2.Prompts);
        Assert.Empty(sts2.Calls);
        Assert.Equal("123456", ((AssumeRoleRequest)sts1.Calls[0].Request).TokenCode);
    }

    [Fact]
    public async Task Should_treat_an_entry_with_less_than_15_minutes_left_as_stale()
    {
        var (first, _, _) = Role();
        await first.ResolveAsync(default);
        _clock.Now += TimeSpan.FromMinutes(46);
        var (second, sts, _) = Role();
        await second.ResolveAsync(default);
        Assert.Single(sts.Calls);
    }

    [Fact]
    public async Task Should_write_private_files_with_the_aws_cli_content()
    {
        var (provider, _, _) = Role();
        await provider.ResolveAsync(default);
        var file = Assert.Single(Directory.GetFiles(_dir));
        Assert.Equal("51e7b105b5040ce662656c8dc6ab4de70c4de7ad.json", Path.GetFileName(file));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }

        var text = File.ReadAllText(file);
        Assert.StartsWith("{\"Credentials\": {\"AccessKeyId\": \"ASIAFAKE000000000001\", \"SecretAccessKey\": \"secret1\", \"SessionToken\": \"token1\", \"Expiration\": \"2026-11-21T13:00:00Z\", \"AccountId\": \"123456789012\"}, \"AssumedRoleUser\": {", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ProviderType", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-11-21T13:00:00Z")]
    [InlineData("2026-11-21T13:00:00+00:00")]
    [InlineData("2026-11-21T13:00:00UTC")]
    [InlineData("2026-11-21T13:00:00.889636Z")]
    public async Task Should_read_every_expiration_spelling_the_aws_cli_writes(string expiration)
    {
        Directory.CreateDirectory(_dir);
        File.WriteAllText(Path.Combine(_dir, "51e7b105b5040ce662656c8dc6ab4de70c4de7ad.json"),
            $"{{\"Credentials\": {{\"AccessKeyId\": \"ASIACLI\", \"SecretAccessKey\": \"x\", \"SessionToken\": \"t\", \"Expiration\": \"{expiration}\"}}, \"AssumedRoleUser\": {{\"AssumedRoleId\": \"AROA:x\", \"Arn\": \"arn:aws:sts::210987654321:assumed-role/Admin/x\"}}}}");
        var (provider, sts, _) = Role();
        var credentials = await provider.ResolveAsync(default);
        Assert.Equal("ASIACLI", credentials.AccessKeyId);
        Assert.Equal("210987654321", credentials.AccountId);
        Assert.Empty(sts.Calls);
    }

    [Fact]
    public async Task Should_warn_about_a_corrupt_entry_and_replace_it()
    {
        Directory.CreateDirectory(_dir);
        File.WriteAllText(Path.Combine(_dir, "51e7b105b5040ce662656c8dc6ab4de70c4de7ad.json"), "{not json");
        var (provider, sts, _) = Role();
        await provider.ResolveAsync(default);
        Assert.Single(sts.Calls);
        Assert.Contains(_warnings, w => w.Contains("corrupt", StringComparison.Ordinal));
        Assert.NotNull(CacheEntryCodec.TryRead(File.ReadAllText(Path.Combine(_dir, "51e7b105b5040ce662656c8dc6ab4de70c4de7ad.json"))));
    }
}
