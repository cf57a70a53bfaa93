using RoleCall.Web.Tests.Support;

namespace RoleCall.Web.Tests.Replicas;

/// <summary>
/// Issue 12 with issue 15: the console over two `serve --store postgresql://...` replicas (Debian's PostgreSQL,
/// started by the tests; missing, the test fails with the apt command), with no sticky sessions.
/// </summary>
public sealed class PostgresReplicaTests : IAsyncLifetime
{
    private ConsoleReplicas replicas = null!;

    public async Task InitializeAsync() => replicas = await ConsoleReplicas.StartPostgresAsync();

    public async Task DisposeAsync() => await replicas.DisposeAsync();

    [Fact]
    public Task Should_sign_in_switch_role_and_sign_out_across_replicas() => ReplicaScenarios.SignInSwitchAndSignOutAsync(replicas);

    [Fact]
    public Task Should_lock_a_user_whose_wrong_passwords_were_spread_over_both_replicas() => ReplicaScenarios.LockAUserAcrossReplicasAsync(replicas);

    [Fact]
    public Task Should_sign_in_to_the_portal_and_out_again_across_replicas() => ReplicaScenarios.PortalSignInAndSignOutAsync(replicas);

    [Fact]
    public Task Should_redeem_a_sign_in_token_from_one_replica_on_the_other_once() => ReplicaScenarios.RedeemSigninTokenOnceAsync(replicas);
}
