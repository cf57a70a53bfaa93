using RoleCall.Vault.Agent;

namespace RoleCall.Vault.Tests.Agent;

/// <summary>
/// The SO_PEERCRED decision. The tests run as one uid, so a real peer of another uid cannot connect here;
/// the decision is tested directly, and AgentServerTests shows the same-uid peer read through SO_PEERCRED.
/// </summary>
public sealed class PeerPolicyTests
{
    [Theory]
    [InlineData(1000u, 1000u, true)]
    [InlineData(0u, 1000u, false)]
    [InlineData(1001u, 1000u, false)]
    [InlineData(1000u, 0u, false)]
    public void Should_allow_only_a_peer_with_the_agents_own_uid(uint peer, uint own, bool allowed) =>
        Assert.Equal(allowed, PeerPolicy.Allows(peer, own));

    [Fact]
    public void Should_refuse_a_peer_whose_credentials_cannot_be_read() =>
        Assert.False(PeerPolicy.Allows(null, 1000));
}
