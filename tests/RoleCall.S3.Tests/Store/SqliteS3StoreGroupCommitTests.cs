using RoleCall.Core.Errors;
using RoleCall.Iam.Sqlite.S3;
using RoleCall.S3.Model;

namespace RoleCall.S3.Tests.Store;

/// <summary>
/// Issue 11 (PutObject at 20x moto, p99 under 5 ms): PUTs that arrive while a row is being written wait without
/// holding a thread and are committed together afterwards, each learning its own replaced bodies or its own error.
/// The write lock stands for S3Runtime.WriteLock held by a slow writer: without group commit every caller would
/// block on it and none would hand back a pending task.
/// </summary>
public sealed class SqliteS3StoreGroupCommitTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 6, 0, 0, TimeSpan.Zero);

    private readonly string _data = Directory.CreateTempSubdirectory("rolecall-group-").FullName;
    private readonly SqliteS3Store _store;

    public SqliteS3StoreGroupCommitTests()
    {
        _store = SqliteS3Store.Open(_data);
        Assert.True(_store.TryAddBucket(new S3Bucket("group-bucket", "111122223333", "us-east-1", Now)));
    }

    public void Dispose()
    {
        _store.Dispose();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task Should_commit_puts_queued_behind_a_write_together_each_with_the_bodies_it_replaced()
    {
        for (var i = 0; i < 4; i++)
        {
            _store.PutObject(Entry("group-bucket", $"k{i}", Id('a', i)));
        }

        var puts = await WhileBlockedAsync([.. Enumerable.Range(0, 8).Select(i => Entry("group-bucket", $"k{i}", Id('b', i)))]);

        for (var i = 0; i < 8; i++)
        {
            Assert.Equal(i < 4 ? [Id('a', i)] : [], await puts[i]);
            Assert.Equal(Id('b', i), _store.FindObject("group-bucket", $"k{i}")?.Body[0].BodyId);
        }

        Assert.Equal(8, _store.ListObjects("group-bucket", "k", null, false, 100).Count);
    }

    [Fact]
    public async Task Should_fail_only_the_put_whose_bucket_is_gone_and_commit_the_rest()
    {
        var puts = await WhileBlockedAsync(
            [Entry("group-bucket", "first", Id('c', 1)), Entry("no-such-bucket", "lost", Id('c', 2)), Entry("group-bucket", "last", Id('c', 3))]);

        Assert.Empty(await puts[0]);
        Assert.Equal("NoSuchBucket", (await Assert.ThrowsAsync<AwsServiceException>(() => puts[1])).Code);
        Assert.Empty(await puts[2]);
        Assert.NotNull(_store.FindObject("group-bucket", "first"));
        Assert.NotNull(_store.FindObject("group-bucket", "last"));
    }

    /// <summary>
    /// Starts every put while the write lock is held elsewhere: one caller ends up writing (blocked on the lock), all
    /// the others must hand back a pending task at once. Then lets the writes go; returns the puts' tasks in order.
    /// </summary>
    private async Task<Task<IReadOnlyList<string>>[]> WhileBlockedAsync(S3Object[] entries)
    {
        var writeLock = new Lock();
        Task<Task<IReadOnlyList<string>>>[] calls;
        writeLock.Enter();
        try
        {
            // StartNew, not Task.Run: the outer task completes when PutObjectAsync hands back its task, not when that completes.
            calls = [.. entries.Select(e => Task.Factory.StartNew(() => _store.PutObjectAsync(e, writeLock), CancellationToken.None, TaskCreationOptions.None, TaskScheduler.Default))];
            var queued = SpinWait.SpinUntil(() => calls.Count(c => c.IsCompleted) == entries.Length - 1, TimeSpan.FromSeconds(10));
            Assert.True(queued, "callers blocked behind the write instead of queueing");
            Assert.DoesNotContain(calls, c => c.IsCompleted && c.Result.IsCompleted);
        }
        finally
        {
            writeLock.Exit();
        }

        return await Task.WhenAll(calls);
    }

    private static S3Object Entry(string bucket, string key, string bodyId) =>
        new(bucket, key, [new BodySegment(bodyId, 4)], 4, "\"etag\"", Now, ObjectHeaders.Empty);

    private static string Id(char prefix, int n) => $"{prefix}{n:D31}";
}
