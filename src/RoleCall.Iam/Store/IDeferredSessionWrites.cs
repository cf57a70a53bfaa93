using RoleCall.Iam.Model;

namespace RoleCall.Iam.Store;

/// <summary>
/// An optional capability of an <see cref="IIamStore"/> whose session inserts are committed in batches by a
/// writer of its own (SQLite's group commit): queue the row and be told when it is durable, instead of
/// blocking the calling thread until then (<see cref="IIamStore.AddSession"/>). A request thread blocked on a
/// commit is a thread the pool must replace and the scheduler must wake again; a queued insert frees it for
/// other requests while the commit runs. Callers reach it through <see cref="PendingWrites"/>, whose owner
/// awaits every queued commit before answering, so nothing is acknowledged that is not yet durable.
/// </summary>
public interface IDeferredSessionWrites
{
    /// <summary>
    /// Queues the session row. The task completes once the transaction holding it committed (durable against
    /// a process crash, visible to <see cref="IIamStore.FindSession"/>), or faults with that row's error.
    /// </summary>
    Task EnqueueSession(TemporarySession session);
}
