using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using RoleCall.Iam.Model;

namespace RoleCall.Iam.Sqlite.Tests;

/// <summary>
/// What `kill -9` leaves behind is the database files as the OS holds them. Copying them while writers are
/// busy (WAL first, then the main file, so a checkpoint in between loses nothing) and opening the copy shows
/// what a restarted server would find: every write acknowledged before the copy must be there.
/// </summary>
public sealed class CrashSnapshotTests : IDisposable
{
    private readonly TempDirectory live = new();
    private readonly TempDirectory snapshot = new();

    public void Dispose()
    {
        live.Dispose();
        snapshot.Dispose();
    }

    [Fact]
    public async Task Should_lose_no_acknowledged_write_when_the_process_dies_mid_load()
    {
        using var store = SqliteIamStore.Open(live.Path);
        var acknowledged = new ConcurrentQueue<string>();
        using var stop = new CancellationTokenSource();
        var writers = Enumerable.Range(0, 4).Select(w => Task.Run(() =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var name = $"w{w}-{i}";
                store.TryAddEntity(Samples.User(name, id: $"AIDA{w}{i:D16}"));
                acknowledged.Enqueue(name);
            }
        })).ToList();
        SpinWait.SpinUntil(() => acknowledged.Count >= 300, TimeSpan.FromSeconds(20));

        var before = acknowledged.ToHashSet();
        CopyLikeACrash(live.Path, snapshot.Path);
        stop.Cancel();
        await Task.WhenAll(writers);

        using var restarted = SqliteIamStore.Open(snapshot.Path);
        var missing = before.Where(name => restarted.FindEntity(Samples.Account, EntityKind.User, name) is null).ToList();
        Assert.True(before.Count >= 300, $"only {before.Count} writes before the snapshot");
        Assert.Empty(missing);
    }

    // Copied one after the other (WAL first), the files are one instant only while nothing rewinds the WAL in
    // between; checkpoints run on a background thread, so an open read transaction pins the WAL meanwhile (a
    // checkpoint then moves only frames the copied WAL also holds).
    private static void CopyLikeACrash(string from, string to)
    {
        using var pin = new SqliteConnection($"Data Source={Path.Combine(from, SqliteIamStore.FileName)};Pooling=False");
        pin.Open();
        using var read = pin.BeginTransaction(deferred: true);
        using (var touch = pin.CreateCommand())
        {
            touch.Transaction = read;
            touch.CommandText = "SELECT count(*) FROM sqlite_master;";
            touch.ExecuteScalar();
        }

        foreach (var suffix in new[] { "-wal", "" })
        {
            var source = Path.Combine(from, SqliteIamStore.FileName + suffix);
            using var input = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var output = File.Create(Path.Combine(to, SqliteIamStore.FileName + suffix));
            input.CopyTo(output);
        }
    }
}
