using System.Text;
using RoleCall.Iam.Sqlite.S3;
using RoleCall.S3.Model;

namespace RoleCall.S3.Tests.Store;

/// <summary>
/// Issue 11 (kill -9 leaves no orphan): a body committed by a crashed server but never named by a row is
/// removed at the next open; the bodies of objects (every segment of a completed multipart object) and of multipart parts are kept.
/// </summary>
public sealed class FileObjectBodiesSweepTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 6, 0, 0, TimeSpan.Zero);

    private readonly string _data = Directory.CreateTempSubdirectory("rolecall-sweep-").FullName;

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Fact]
    public void Should_remove_only_the_bodies_no_object_or_part_names()
    {
        using var store = SqliteS3Store.Open(_data);
        using var bodies = new FileObjectBodies(Path.Combine(_data, "s3-objects"));
        var objectBody = Commit(bodies, "object");
        var partBody = Commit(bodies, "part");
        var orphan = Commit(bodies, "orphan");
        var segment1 = Commit(bodies, "segment1");
        var segment2 = Commit(bodies, "segment2");
        Assert.True(store.TryAddBucket(new S3Bucket("sweep-bucket", "111122223333", "us-east-1", Now)));
        store.PutObject(new S3Object("sweep-bucket", "k", [new BodySegment(objectBody, 6)], 6, "\"etag\"", Now, ObjectHeaders.Empty));
        store.PutObject(new S3Object("sweep-bucket", "multi", [new BodySegment(segment1, 8), new BodySegment(segment2, 8)], 16, "\"etag-2\"", Now, ObjectHeaders.Empty));
        store.AddUpload(new MultipartUpload("upload-1", "sweep-bucket", "m", Now, "arn:aws:iam::111122223333:root", ObjectHeaders.Empty));
        store.PutPart(new UploadPart("upload-1", 1, partBody, 4, "\"etag\"", Now));
        var stranger = Path.Combine(_data, "s3-objects", orphan[..2], "not-a-body.txt");
        File.WriteAllText(stranger, "left alone");

        var removed = bodies.RemoveUnreferenced(store.ReferencedBodies());

        Assert.Equal(1, removed);
        Assert.Equal("object", Read(bodies, objectBody));
        Assert.Equal("part", Read(bodies, partBody));
        Assert.Equal(("segment1", "segment2"), (Read(bodies, segment1), Read(bodies, segment2)));
        Assert.Throws<FileNotFoundException>(() => bodies.OpenRead(orphan).Dispose());
        Assert.True(File.Exists(stranger));
    }

    private static string Commit(FileObjectBodies bodies, string text)
    {
        using var pending = bodies.Create();
        pending.Stream.Write(Encoding.UTF8.GetBytes(text));
        return pending.Commit();
    }

    private static string Read(FileObjectBodies bodies, string id)
    {
        using var reader = new StreamReader(bodies.OpenRead(id));
        return reader.ReadToEnd();
    }
}
