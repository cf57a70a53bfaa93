using RoleCall.Config;
using RoleCall.Core.Identity;
using RoleCall.Credentials.Caching;
using RoleCall.Credentials.Chain;
using RoleCall.Credentials.Sts;
using RoleCall.Credentials.Tests.Support;

namespace RoleCall.Credentials.Tests.Chain;

/// <summary>
/// Issue 14: a vault user with mfa_serial and no role opens a GetSessionToken session with MFA, as aws-vault
/// does; the session is kept in the vault (never in ~/.aws/cli/cache), and a role over that user is assumed with
/// it, with no second MFA prompt when the role names the same device.
/// </summary>
public sealed class VaultMfaSessionTests : IDisposable
{
    private const string Serial = "arn:aws:iam::123456789012:mfa/alice";
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "rolecall-vault-mfa-" + Guid.NewGuid().ToString("N"));
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 12, 6, 9, 0, 0, TimeSpan.Zero));
    private readonly MemoryVault _vault = new();

    public VaultMfaSessionTests() => _vault.Keys["alice"] = new AwsCredentials("AKIAALICEALICEALICE1", "alice-secret");

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    [Fact]
    public async Task Should_open_one_mfa_session_for_a_vault_user_and_keep_it_in_the_vault()
    {
        var (builder, sts, mfa) = Chain(new() { ["alice"] = new() { ["mfa_serial"] = Serial, ["duration_seconds"] = "3600" } }, "123456");

        var first = await builder.Build("alice", profileExplicit: true).ResolveAsync(default);
        var again = await builder.Build("alice", profileExplicit: true).ResolveAsync(default);

        var call = Assert.Single(sts.Calls);
        Assert.Equal("GetSessionToken", call.Action);
        Assert.Equal(new GetSessionTokenRequest(3600, Serial, "123456"), call.Request);
        Assert.Equal("AKIAALICEALICEALICE1", call.Caller.AccessKeyId);
        Assert.Equal([Serial], mfa.Prompts);
        Assert.Equal(first, again);
        Assert.Equal(first, Assert.Single(_vault.Sessions).Value);
        Assert.False(Directory.Exists(_dir) && Directory.EnumerateFiles(_dir).Any());

        // A cached session is found without opening the vault's keys.
        Assert.Equal(1, _vault.KeyReads);
    }

    [Theory]
    [InlineData(Serial)]
    [InlineData(null)]
    public async Task Should_assume_a_role_over_the_vault_user_with_its_mfa_session_and_no_second_prompt(string? roleSerial)
    {
        var role = new Dictionary<string, string> { ["role_arn"] = "arn:aws:iam::123456789012:role/admin", ["source_profile"] = "alice" };
        if (roleSerial is not null)
        {
            role["mfa_serial"] = roleSerial;
        }

        var (builder, sts, mfa) = Chain(new() { ["alice"] = new() { ["mfa_serial"] = Serial }, ["admin"] = role }, "123456");

        await builder.Build("admin", profileExplicit: true).ResolveAsync(default);
        await builder.Build("alice", profileExplicit: true).ResolveAsync(default);

        Assert.Equal([Serial], mfa.Prompts);
        Assert.Equal(["GetSessionToken", "AssumeRole"], sts.Calls.Select(c => c.Action));
        var assume = (AssumeRoleRequest)sts.Calls[1].Request;
        Assert.Null(assume.SerialNumber);
        Assert.Null(assume.TokenCode);
        Assert.Equal("ASIAFAKE000000000001", sts.Calls[1].Caller.AccessKeyId);

        // The role session stays in the AWS CLI's cache under the AWS CLI's own key; the user session in the vault.
        Assert.Single(Directory.EnumerateFiles(_dir));
        Assert.Single(_vault.Sessions);
    }

    [Fact]
    public async Task Should_still_prompt_for_a_role_that_names_another_mfa_device()
    {
        var (builder, sts, mfa) = Chain(
            new()
            {
                ["alice"] = new() { ["mfa_serial"] = Serial },
                ["admin"] = new() { ["role_arn"] = "arn:aws:iam::123456789012:role/admin", ["source_profile"] = "alice", ["mfa_serial"] = Serial + "-hw" },
            },
            "111111",
            "222222");

        await builder.Build("admin", profileExplicit: true).ResolveAsync(default);

        Assert.Equal([Serial, Serial + "-hw"], mfa.Prompts);
        Assert.Equal("222222", ((AssumeRoleRequest)sts.Calls[1].Request).TokenCode);
    }

    [Fact]
    public async Task Should_open_the_opt_in_mfa_session_over_vault_keys_too()
    {
        var role = new Dictionary<string, string> { ["source_profile"] = "alice", ["mfa_serial"] = Serial, ["mfa_session"] = "true" };
        var (builder, sts, mfa) = Chain(
            new()
            {
                ["alice"] = new(),
                ["a"] = new(role) { ["role_arn"] = "arn:aws:iam::123456789012:role/a" },
                ["b"] = new(role) { ["role_arn"] = "arn:aws:iam::123456789012:role/b" },
            },
            "123456");

        await builder.Build("a", profileExplicit: true).ResolveAsync(default);
        await builder.Build("b", profileExplicit: true).ResolveAsync(default);

        Assert.Single(mfa.Prompts);
        Assert.Equal(["GetSessionToken", "AssumeRole", "AssumeRole"], sts.Calls.Select(c => c.Action));
        Assert.Single(_vault.Sessions);
    }

    [Fact]
    public async Task Should_keep_a_vault_user_without_mfa_serial_on_its_long_term_keys()
    {
        var (builder, sts, mfa) = Chain(new() { ["alice"] = new() { ["region"] = "us-east-1" } });

        var keys = await builder.Build("alice", profileExplicit: true).ResolveAsync(default);

        Assert.Equal("AKIAALICEALICEALICE1", keys.AccessKeyId);
        Assert.Empty(sts.Calls);
        Assert.Empty(mfa.Prompts);
    }

    private (CredentialChainBuilder Builder, FakeSts Sts, ScriptedMfa Mfa) Chain(Dictionary<string, Dictionary<string, string>> profiles, params string[] codes)
    {
        var sts = new FakeSts(_clock);
        var mfa = new ScriptedMfa(false, codes);
        var services = new ChainServices(sts, mfa, new FileCredentialCache(_dir, _ => { }), _clock, new NoNetworkHandler(), p => p, Vault: _vault);
        return (new CredentialChainBuilder(Profiles.From(profiles), AwsEnvironment.Empty, services), sts, mfa);
    }
}
