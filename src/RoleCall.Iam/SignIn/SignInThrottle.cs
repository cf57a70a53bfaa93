using RoleCall.Iam.Store;

namespace RoleCall.Iam.SignIn;

/// <summary>
/// Locks an identity after repeated failed passwords or MFA codes (<see cref="SignInFailures"/>'s rule). The
/// counts live in the store, so replicas sharing one PostgreSQL database count together: an attacker gains no
/// attempts by spreading them over replicas. A success clears the count.
/// </summary>
public sealed class SignInThrottle(IIamStore store, TimeProvider clock)
{
    public bool IsLocked(string key) => store.FindSignInFailures(key) is { } e && e.IsLocked(clock.GetUtcNow());

    /// <summary>Counts one failure; true when the identity is now locked.</summary>
    public bool Fail(string key)
    {
        var now = clock.GetUtcNow();
        return store.RecordSignInFailure(key, now).IsLocked(now);
    }

    public void Succeed(string key) => store.ClearSignInFailures(key);

    /// <summary>A console identity: account and user name (root when null).</summary>
    public static string Key(string accountId, string? userName) => $"{accountId}/{userName?.ToLowerInvariant() ?? "root"}";
}
