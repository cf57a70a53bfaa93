namespace RoleCall.Vault.Agent;

/// <summary>
/// Who may talk to the agent: a peer whose uid (from SO_PEERCRED) is the agent's own. A peer whose
/// credentials cannot be read is refused too: the decision fails closed.
/// </summary>
public static class PeerPolicy
{
    public static bool Allows(uint? peerUid, uint ownUid) => peerUid switch
    {
        null => false,
        { } uid => uid == ownUid,
    };
}
