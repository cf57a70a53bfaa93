using RoleCall.S3.Bodies;

namespace RoleCall.Store.Postgres.S3;

/// <summary>
/// Object bodies in a directory every replica mounts (`--data DIR`: `DIR/s3-objects`), the layout of the
/// embedded store's: `tmp/ID` while being written, then flushed and renamed to `ab/ID` (atomic within one file
/// system). The order makes a body visible only through its row: the file is complete and in place before the
/// PostgreSQL row that names it commits, and a replaced or deleted row's files are deleted after that commit.
/// A crash between the two steps leaves a file no row names; <see cref="Sweep"/> removes those, and temporary
/// files left by a crashed writer, once they are older than <see cref="Grace"/>: with several replicas a file
/// another replica has just renamed, whose row is about to commit, is young, so it is never taken.
/// </summary>
public sealed class SharedBodyDirectory : IObjectBodies, IDisposable
{
    /// <summary>How old an unnamed file must be before a sweep removes it: far longer than any write takes from its last byte to its row's commit.</summary>
    public static readonly TimeSpan DefaultGrace = TimeSpan.FromHours(1);

    private readonly string temp;
    private readonly TimeProvider clock;
    private Timer? sweeping;

    public SharedBodyDirectory(string root, TimeSpan? grace = null, TimeProvider? clock = null)
    {
        Root = root;
        temp = Path.Combine(root, "tmp");
        Grace = grace ?? DefaultGrace;
        this.clock = clock ?? TimeProvider.System;
        // Other replicas' files in tmp/ may be in the middle of being written: never cleared wholesale here.
        Directory.CreateDirectory(temp);
    }

    public string Root { get; }

    public TimeSpan Grace { get; }

    public IPendingBody Create()
    {
        var id = Guid.NewGuid().ToString("N");
        return new SharedPendingBody(Path.Combine(temp, id), FinalPath(id), id);
    }

    public Stream OpenRead(string bodyId) =>
        new FileStream(FinalPath(bodyId), FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 1, FileOptions.SequentialScan);

    public void Delete(string bodyId)
    {
        try
        {
            File.Delete(FinalPath(bodyId));
        }
        catch (IOException)
        {
            // An orphan file wastes space but breaks nothing: no row names it, and a sweep takes it later.
        }
    }

    /// <summary>
    /// Removes the unnamed bodies and temporary files older than <see cref="Grace"/>. The age limit is fixed
    /// BEFORE <paramref name="referenced"/> is read, so any row committed after that read names a file written
    /// after the limit, which stays. Safe to run on several replicas at once (deleting a missing file is no error).
    /// </summary>
    /// <returns>How many files were removed.</returns>
    public int Sweep(Func<IReadOnlySet<string>> referenced)
    {
        ArgumentNullException.ThrowIfNull(referenced);
        var cutoff = clock.GetUtcNow().UtcDateTime - Grace;
        var removed = Directory.EnumerateFiles(temp).Count(file => RemoveIfOlder(file, cutoff));
        var named = referenced();
        foreach (var shard in Directory.EnumerateDirectories(Root))
        {
            var name = Path.GetFileName(shard);
            if (name.Length != 2 || !name.All(char.IsAsciiHexDigitLower))
            {
                continue;
            }

            removed += Directory.EnumerateFiles(shard)
                .Where(file => Path.GetFileName(file) is var id && IsBodyId(id) && id.StartsWith(name, StringComparison.Ordinal) && !named.Contains(id))
                .Count(file => RemoveIfOlder(file, cutoff));
        }

        return removed;
    }

    /// <summary>Sweeps now (in the background, so a start is not held up by a large directory) and then every <paramref name="interval"/>, until disposed.</summary>
    public void StartSweeping(Func<IReadOnlySet<string>> referenced, TimeSpan interval)
    {
        sweeping = new Timer(_ => SweepQuietly(referenced), null, TimeSpan.Zero, interval);
    }

    public void Dispose()
    {
        using var stopped = new ManualResetEvent(false);
        if (sweeping is { } timer && timer.Dispose(stopped))
        {
            // Waits for a sweep in progress, so it does not run against a closed store.
            stopped.WaitOne(TimeSpan.FromSeconds(30));
        }
    }

    private void SweepQuietly(Func<IReadOnlySet<string>> referenced)
    {
        try
        {
            Sweep(referenced);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Npgsql.NpgsqlException or ObjectDisposedException)
        {
            // The next sweep tries again; an orphan only wastes space meanwhile.
        }
    }

    private static bool RemoveIfOlder(string file, DateTime cutoff)
    {
        try
        {
            if (File.GetLastWriteTimeUtc(file) >= cutoff)
            {
                return false;
            }

            File.Delete(file);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private string FinalPath(string id)
    {
        // Ids are our own 32-hex GUIDs; anything else must never become a path.
        if (!IsBodyId(id))
        {
            throw new ArgumentException("Not a body id.", nameof(id));
        }

        return Path.Combine(Root, id[..2], id);
    }

    private static bool IsBodyId(string id) => id.Length == 32 && id.All(char.IsAsciiHexDigitLower);
}
