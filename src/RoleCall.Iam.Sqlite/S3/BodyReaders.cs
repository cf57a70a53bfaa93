namespace RoleCall.Iam.Sqlite.S3;

/// <summary>
/// Which committed bodies are open for reading, so that a deleted body is recycled (written over by a later PUT,
/// <see cref="RecycledFiles"/>) only when no GET still reads it: an unlinked file stays readable through an open
/// handle, a recycled one would not. A reader registers before it opens the file; a delete claims the body (no
/// reader registered) before it moves the file away, and a reader that comes while the claim holds finds the body
/// gone, exactly as when it comes after an unlink. So no reader ever opens a file that is being recycled.
/// </summary>
internal sealed class BodyReaders
{
    private const int Claimed = -1;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _open = new(StringComparer.Ordinal);

    /// <summary>Registers a reader of <paramref name="bodyId"/>; false when the body is being deleted.</summary>
    public bool TryEnter(string bodyId)
    {
        lock (_gate)
        {
            if (!_open.TryGetValue(bodyId, out var readers))
            {
                _open[bodyId] = 1;
                return true;
            }

            if (readers == Claimed)
            {
                return false;
            }

            _open[bodyId] = readers + 1;
            return true;
        }
    }

    /// <summary>A reader registered by <see cref="TryEnter"/> is done.</summary>
    public void Exit(string bodyId)
    {
        lock (_gate)
        {
            var readers = _open[bodyId];
            if (readers == 1)
            {
                _open.Remove(bodyId);
            }
            else
            {
                _open[bodyId] = readers - 1;
            }
        }
    }

    /// <summary>Claims <paramref name="bodyId"/> for recycling: true when nobody reads it; readers are refused until <see cref="Release"/>.</summary>
    public bool TryClaim(string bodyId)
    {
        lock (_gate)
        {
            return _open.TryAdd(bodyId, Claimed);
        }
    }

    /// <summary>Ends a claim (the file was moved away or deleted).</summary>
    public void Release(string bodyId)
    {
        lock (_gate)
        {
            _open.Remove(bodyId);
        }
    }
}
