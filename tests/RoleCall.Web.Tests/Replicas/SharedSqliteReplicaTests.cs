using System.Net;
using RoleCall.Core.Otp;
using RoleCall.Web.Tests.Support;

namespace RoleCall.Web.Tests.Replicas;

/// <summary>Issue 12: console sessions need no sticky sessions; two servers over one SQLite IAM store.</summary>
public sealed class SharedSqliteReplicaTests : IAsyncLifetime
{
    private ConsoleReplicas replicas = null!;

    public async Task InitializeAsync() => replicas = await ConsoleReplicas.StartSharedSqliteAsync();

    public async Task DisposeAsync() => await replicas.DisposeAsync();

    [Fact]
    public Task Should_sign_in_switch_role_and_sign_out_across_replicas() => ReplicaScenarios.SignInSwitchAndSignOutAsync(replicas);

    [Fact]
    public Task Should_lock_a_user_whose_wrong_passwords_were_spread_over_both_replicas() => ReplicaScenarios.LockAUserAcrossReplicasAsync(replicas);

    [Fact]
    public Task Should_redeem_a_sign_in_token_from_one_replica_on_the_other_once() => ReplicaScenarios.RedeemSigninTokenOnceAsync(replicas);

    [Fact]
    public async Task Should_refuse_an_altered_session_cookie()
    {
        replicas.A.CreateUser("alice");
        using var browser = new ConsoleClient(replicas.A.Url);
        await browser.SignInAsync(ConsoleWorld.UsersAccount, "alice", ConsoleWorld.Password);
        var sealedValue = browser.Cookies.GetCookies(replicas.A.Url)["rolecall-session"]!.Value;
        var altered = sealedValue[..20] + (sealedValue[20] == 'A' ? 'B' : 'A') + sealedValue[21..];
        using var forger = new ConsoleClient(replicas.B.Url);
        forger.Cookies.Add(replicas.B.Url, new Cookie("rolecall-session", altered));

        var page = await forger.GetAsync("/console");

        Assert.Equal("/signin", page.Location);
        Assert.DoesNotContain("alice", sealedValue, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_a_form_without_its_anti_forgery_token_on_the_other_replica()
    {
        replicas.A.CreateUser("alice", Policies.AssumeAndSelfManage);
        using var onA = new ConsoleClient(replicas.A.Url);
        using var onB = new ConsoleClient(replicas.B.Url, onA.Cookies);
        await onA.SignInAsync(ConsoleWorld.UsersAccount, "alice", ConsoleWorld.Password);

        var refused = await onB.PostAsync("/console/security-credentials", withToken: false, ("op", "create-key"));
        var store = replicas.A.Server.Iam.Runtime.Store;
        var alice = store.FindEntity(ConsoleWorld.UsersAccount, Iam.Model.EntityKind.User, "alice")!;

        Assert.Equal(400, refused.Status);
        Assert.Contains("no valid anti-forgery token", refused.Html, StringComparison.Ordinal);
        Assert.Empty(store.ListAccessKeys(ConsoleWorld.UsersAccount, alice.Id));
    }

    [Fact]
    public async Task Should_assign_an_mfa_device_started_on_one_replica_and_finished_on_the_other()
    {
        replicas.A.CreateUser("alice", Policies.AssumeAndSelfManage);
        using var onA = new ConsoleClient(replicas.A.Url);
        using var onB = new ConsoleClient(replicas.B.Url, onA.Cookies);
        await onA.SignInAsync(ConsoleWorld.UsersAccount, "alice", ConsoleWorld.Password);
        await onA.GetAsync("/console/security-credentials");

        var started = await onA.PostAsync("/console/security-credentials", ("op", "assign-mfa"), ("devicename", "laptop"));
        var dialogOnB = await onB.GetAsync("/console/security-credentials");
        var secret = System.Text.RegularExpressions.Regex.Match(dialogOnB.Html, "data-testid=\"mfa-secret\">([^<]+)<").Groups[1].Value;
        var seed = Base32.Decode(secret)!;
        var step = Totp.StepAt(DateTimeOffset.UtcNow);
        var enabled = await onB.PostAsync("/console/security-credentials", ("op", "enable-mfa"), ("code1", Totp.Code(seed, step - 1)), ("code2", Totp.Code(seed, step)));

        Assert.Contains("QR code of the virtual MFA device", started.Html, StringComparison.Ordinal);
        Assert.Contains("QR code of the virtual MFA device", dialogOnB.Html, StringComparison.Ordinal);
        Assert.Contains("MFA device arn:aws:iam::123456789012:mfa/laptop is assigned.", enabled.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("QR code of the virtual MFA device", (await onA.GetAsync("/console/security-credentials")).Html, StringComparison.Ordinal);
    }
}
