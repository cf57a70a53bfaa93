using System.Security.Cryptography;
using RoleCall.Iam.Sqlite.S3;

namespace RoleCall.S3.Tests.Store;

/// <summary>
/// Issue 11 (PutObject of 4 KiB at 20x moto): a deleted small body is kept in `free/` and written over by the next
/// body instead of unlinked, never while a GET still reads it, never visible with old bytes, bounded in size and count.
/// </summary>
public sealed class RecycledBodyFilesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("rolecall-recycle-").FullName;
    private readonly FileObjectBodies _bodies;

    public RecycledBodyFilesTests()
    {
        _bodies = new FileObjectBodies(_root);
    }

    public void Dispose()
    {
        _bodies.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public void Should_write_a_new_body_over_a_deleted_one_and_cut_it_to_the_new_length()
    {
        var old = Commit(_bodies, RandomNumberGenerator.GetBytes(10_000));
        _bodies.Delete(old);
        Assert.Equal(1, _bodies.RecycledCount);
        Assert.Throws<FileNotFoundException>(() => _bodies.OpenRead(old).Dispose());

        var bytes = RandomNumberGenerator.GetBytes(100);
        var fresh = Commit(_bodies, bytes);

        Assert.Equal(0, _bodies.RecycledCount);
        Assert.Equal(bytes, Read(_bodies, fresh));
        Assert.Empty(Directory.GetFiles(Path.Combine(_root, "tmp")));
    }

    [Fact]
    public void Should_unlink_a_body_still_being_read_and_keep_its_bytes_for_the_reader()
    {
        var bytes = RandomNumberGenerator.GetBytes(4096);
        var id = Commit(_bodies, bytes);
        using var reader = _bodies.OpenRead(id);

        _bodies.Delete(id);
        var other = Commit(_bodies, RandomNumberGenerator.GetBytes(4096));

        Assert.Equal(0, _bodies.RecycledCount);
        var read = new byte[4096];
        reader.ReadExactly(read);
        Assert.Equal(bytes, read);
        Assert.NotEqual(id, other);
    }

    [Fact]
    public void Should_recycle_a_body_once_its_readers_are_done()
    {
        var id = Commit(_bodies, RandomNumberGenerator.GetBytes(512));
        _bodies.OpenRead(id).Dispose();
        using (_bodies.OpenRead(id))
        {
            // Two readers in turn, the second still open: not recycled while it reads.
        }

        _bodies.Delete(id);

        Assert.Equal(1, _bodies.RecycledCount);
    }

    [Fact]
    public void Should_unlink_bodies_larger_than_the_recycling_bound()
    {
        var id = Commit(_bodies, new byte[(int)FileObjectBodies.MaxRecycledBytes + 1]);

        _bodies.Delete(id);

        Assert.Equal(0, _bodies.RecycledCount);
        Assert.Empty(Directory.GetFiles(Path.Combine(_root, "free")));
    }

    [Fact]
    public void Should_keep_at_most_the_bound_of_recycled_files()
    {
        var ids = Enumerable.Range(0, FileObjectBodies.MaxRecycledFiles + 3).Select(_ => Commit(_bodies, [1, 2, 3])).ToList();

        ids.ForEach(_bodies.Delete);

        Assert.Equal(FileObjectBodies.MaxRecycledFiles, _bodies.RecycledCount);
        Assert.Equal(FileObjectBodies.MaxRecycledFiles, Directory.GetFiles(Path.Combine(_root, "free")).Length);
    }

    [Fact]
    public void Should_reuse_after_a_restart_what_free_held_and_never_show_a_half_written_recycled_file()
    {
        var first = Commit(_bodies, RandomNumberGenerator.GetBytes(2000));
        var second = Commit(_bodies, RandomNumberGenerator.GetBytes(3000));
        _bodies.Delete(first);
        _bodies.Delete(second);
        // A PUT that took a recycled file and was cut off by a crash (never committed, never disposed).
        var interrupted = _bodies.Create();
        interrupted.Stream.Write(RandomNumberGenerator.GetBytes(10));

        using var restarted = new FileObjectBodies(_root);

        Assert.Equal(2, restarted.RecycledCount);
        var bytes = RandomNumberGenerator.GetBytes(50);
        var id = Commit(restarted, bytes);
        Assert.Equal(bytes, Read(restarted, id));
        Assert.Equal(1, restarted.RecycledCount);
        interrupted.Dispose();
    }

    private static string Commit(FileObjectBodies bodies, byte[] bytes)
    {
        using var pending = bodies.Create();
        pending.Stream.Write(bytes);
        return pending.Commit();
    }

    private static byte[] Read(FileObjectBodies bodies, string id)
    {
        using var body = bodies.OpenRead(id);
        var bytes = new byte[body.Length];
        body.ReadExactly(bytes);
        Assert.Equal(0, body.Read(new byte[1]));
        return bytes;
    }
}
