namespace RoleCall.Iam.Store;

/// <summary>The write scope of a store only one process opens: the caller's in-process lock is the whole exclusion.</summary>
public sealed class NoWriteScope : IDisposable
{
    private NoWriteScope()
    {
    }

    public static NoWriteScope Instance { get; } = new();

    public void Dispose()
    {
        // Nothing is held.
    }
}
