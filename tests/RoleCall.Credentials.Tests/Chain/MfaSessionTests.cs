using RoleCall.Config;
using RoleCall.Credentials.Caching;
using RoleCall.Credentials.Chain;
using RoleCall.Credentials.Sts;
using RoleCall.Credentials.Tests.Support;

namespace RoleCall.Credentials.Tests.Chain;

/// <summary>The opt-in MFA session: one GetSessionToken (one prompt) serves every role sharing the serial.</summary>
public sealed class MfaSessionTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "rolecall-mfa-session-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    [Fact]
    public async Task Should_prompt_once_for_two_roles_sharing_an_mfa_serial()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero));
        var sts = new FakeSts(clock);
        var mfa = new ScriptedMfa(false, "111111", "222222");
        var profiles = Profiles.From(new Dictionary<string, Dictionary<string, string>>
        {
            ["base"] = new() { ["aws_access_key_id"] = "AKIABASE", ["aws_secret_access_key"] = "s" },
            ["a"] = new() { ["role_arn"] = "arn:aws:iam::1:role/A", ["source_profile"] = "base", ["mfa_serial"] = "arn:aws:iam::1:mfa/u", ["mfa_session"] = "true" },
            ["b"] = new() { ["role_arn"] = "arn:aws:iam::1:role/B", ["source_profile"] = "base", ["mfa_serial"] = "arn:aws:iam::1:mfa/u", ["mfa_session"] = "true" },
        });
        var services = new ChainServices(sts, mfa, new FileCredentialCache(_dir, _ => { }), clock, new NoNetworkHandler(), p => p);
        var builder = new CredentialChainBuilder(profiles, AwsEnvironment.Empty, services);

        await builder.Build("a", profileExplicit: true).ResolveAsync(default);
        await builder.Build("b", profileExplicit: true).ResolveAsync(default);

        Assert.Single(mfa.Prompts);
        Assert.Equal(["GetSessionToken", "AssumeRole", "AssumeRole"], sts.Calls.Select(c => c.Action));
        Assert.All(sts.Calls.Skip(1), c => Assert.Null(((AssumeRoleRequest)c.Request).SerialNumber));
        Assert.All(sts.Calls.Skip(1), c => Assert.Equal("ASIAFAKE000000000001", c.Caller.AccessKeyId));
    }
}
