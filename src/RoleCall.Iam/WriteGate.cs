using RoleCall.Iam.Store;

namespace RoleCall.Iam;

/// <summary>
/// Runs IamService's mutating sequences one at a time: an in-process lock first (cheap, and it keeps one
/// process to one holder of the store's scope), then the store's write scope, which extends the exclusion
/// to every replica sharing the store (<see cref="IIamStore.EnterWriteScope"/>). Without the second, two
/// replicas could both find a user name free and both create it.
/// <c>using (gate.Enter()) { check; act; }</c> on one thread.
/// </summary>
public sealed class WriteGate(IIamStore store)
{
    private readonly Lock local = new();

    public IDisposable Enter()
    {
        local.Enter();
        try
        {
            return new Scope(local, store.EnterWriteScope());
        }
        catch
        {
            local.Exit();
            throw;
        }
    }

    /// <summary>Releases the store's scope, then the local lock.</summary>
    private sealed class Scope(Lock local, IDisposable storeScope) : IDisposable
    {
        public void Dispose()
        {
            try
            {
                storeScope.Dispose();
            }
            finally
            {
                local.Exit();
            }
        }
    }
}
