using System.Text;
using RoleCall.Core.Errors;
using RoleCall.S3.Model;
using RoleCall.Store.Postgres.S3;
using RoleCall.Testing.Postgres;

namespace RoleCall.Store.Postgres.Tests.S3;

/// <summary>
/// The body directory every replica mounts (issue 15): a crash between a body's rename and its row's commit
/// leaves a file no row names, which a sweep removes once it is older than the grace period (a young one may be
/// another replica's, its row about to commit); and every replica must be given the same directory.
/// </summary>
[Collection(SharedServerTests.Name)]
public sealed class SharedBodyDirectoryTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);

    private readonly string root = Directory.CreateTempSubdirectory("rolecall-bodies-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void Should_sweep_only_unnamed_bodies_and_temporary_files_older_than_the_grace_period()
    {
        using var bodies = new SharedBodyDirectory(Path.Combine(root, "s3-objects"), TimeSpan.FromHours(1));
        var named = Commit(bodies, "named");
        var orphan = Commit(bodies, "orphan");
        var young = Commit(bodies, "young: another replica's, its row not yet committed");
        var staleTemp = Path.Combine(bodies.Root, "tmp", "0123456789abcdef0123456789abcdef");
        File.WriteAllText(staleTemp, "left by a crashed writer");
        using var writing = bodies.Create();
        writing.Stream.Write("being written"u8);
        writing.Stream.Flush();
        var stranger = Path.Combine(bodies.Root, named[..2], "not-a-body.txt");
        File.WriteAllText(stranger, "left alone");
        foreach (var old in new[] { Path.Combine(bodies.Root, named[..2], named), Path.Combine(bodies.Root, orphan[..2], orphan), staleTemp, stranger })
        {
            File.SetLastWriteTimeUtc(old, DateTime.UtcNow.AddHours(-2));
        }

        var removed = bodies.Sweep(() => new HashSet<string> { named });

        Assert.Equal(2, removed);
        Assert.Equal(("named", true), (Read(bodies, named), File.Exists(stranger)));
        Assert.StartsWith("young", Read(bodies, young), StringComparison.Ordinal);
        Assert.Throws<FileNotFoundException>(() => bodies.OpenRead(orphan).Dispose());
        Assert.False(File.Exists(staleTemp));
        Assert.Equal("being written", Read(bodies, writing.Commit()));
    }

    [Fact]
    public void Should_keep_what_objects_and_parts_name_when_sweeping_with_the_store()
    {
        using var store = Stores.OpenS3(PostgresServer.Shared.CreateDatabase("bodies"));
        using var bodies = new SharedBodyDirectory(Path.Combine(root, "s3-objects"), TimeSpan.Zero);
        var (single, first, second, part, orphan) = (Commit(bodies, "1"), Commit(bodies, "2"), Commit(bodies, "3"), Commit(bodies, "4"), Commit(bodies, "5"));
        Assert.True(store.TryAddBucket(new S3Bucket("swept", "111122223333", "us-east-1", Now)));
        store.PutObject(new S3Object("swept", "single", [new BodySegment(single, 1)], 1, "\"e\"", Now, ObjectHeaders.Empty));
        store.PutObject(new S3Object("swept", "multi", [new BodySegment(first, 1), new BodySegment(second, 1)], 2, "\"e-2\"", Now, ObjectHeaders.Empty));
        store.AddUpload(new MultipartUpload("up", "swept", "m", Now, "arn", ObjectHeaders.Empty));
        store.PutPart(new UploadPart("up", 1, part, 1, "\"e\"", Now));
        Thread.Sleep(20); // every file strictly older than the sweep's limit

        Assert.Equal(1, bodies.Sweep(store.ReferencedBodies));

        Assert.Equal(["1", "2", "3", "4"], new[] { single, first, second, part }.Select(id => Read(bodies, id)));
        Assert.Throws<FileNotFoundException>(() => bodies.OpenRead(orphan).Dispose());
    }

    [Fact]
    public void Should_refuse_a_replica_whose_body_directory_is_not_the_one_the_others_use()
    {
        var url = PostgresServer.Shared.CreateDatabase("mark");
        var shared = Path.Combine(root, "shared", "s3-objects");
        using var first = Stores.OpenS3(url);
        using var second = Stores.OpenS3(url);
        first.OpenBodies(shared).Dispose();
        second.OpenBodies(shared).Dispose();

        var elsewhere = Assert.Throws<ConfigurationException>(() => second.OpenBodies(Path.Combine(root, "own", "s3-objects")));
        using var otherDatabase = Stores.OpenS3(PostgresServer.Shared.CreateDatabase("mark"));
        var taken = Assert.Throws<ConfigurationException>(() => otherDatabase.OpenBodies(shared));

        Assert.Contains("is not the S3 body directory the other replicas of", elsewhere.Message, StringComparison.Ordinal);
        Assert.Contains("--data DIR", elsewhere.Hint, StringComparison.Ordinal);
        Assert.Contains("holds the S3 bodies of another database", taken.Message, StringComparison.Ordinal);
    }

    private static string Commit(SharedBodyDirectory bodies, string text)
    {
        using var pending = bodies.Create();
        pending.Stream.Write(Encoding.UTF8.GetBytes(text));
        return pending.Commit();
    }

    private static string Read(SharedBodyDirectory bodies, string id)
    {
        using var reader = new StreamReader(bodies.OpenRead(id));
        return reader.ReadToEnd();
    }
}
