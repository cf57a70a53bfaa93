namespace RoleCall.Core.Concurrency;

/// <summary>
/// A held <see cref="Lock"/> as an <see cref="IDisposable"/>, for store ports whose write scope is returned
/// rather than entered with `lock`: the write scope of a store only one process opens (SQLite) is exactly
/// this, and a shared store's (PostgreSQL) takes it before its cross-process lock, so one process queues its
/// own writers in memory instead of on pooled connections. Dispose on the thread that entered; once.
/// </summary>
public sealed class LockScope : IDisposable
{
    private readonly Lock held;
    private int released;

    private LockScope(Lock held) => this.held = held;

    public static LockScope Enter(Lock gate)
    {
        gate.Enter();
        return new LockScope(gate);
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref released, 1) == 0)
        {
            held.Exit();
        }
    }
}
