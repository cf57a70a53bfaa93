using System.Security.Cryptography;
using RoleCall.Core.Errors;
using RoleCall.Iam;
using RoleCall.Iam.Model;
using RoleCall.Iam.Sqlite;
using RoleCall.Iam.Sqlite.S3;
using RoleCall.S3.Access;
using RoleCall.S3.Bodies;
using RoleCall.S3.Operations;

namespace RoleCall.S3.Tests.Multipart;

/// <summary>
/// Issue 11 (1 GiB at 300 MB/s): a completed multipart upload keeps its parts' bodies as the object's body
/// segments instead of copying them into one new file. GET and ranged GET read across the parts, CopyObject
/// copies them, and replacing or deleting the object deletes them; parts left out of the completion go.
/// </summary>
public sealed class MultipartObjectTests : IDisposable
{
    private const string Account = "123456789012";
    private const int Part = (int)MultipartOperations.MinPartSize;
    private static readonly S3Call Root = new(new Caller(PrincipalKind.Root, Account, $"arn:aws:iam::{Account}:root", Account, "AKIAROOT"), new("127.0.0.1", false, "us-east-1", "req"));

    private readonly string _root = Directory.CreateTempSubdirectory("rolecall-multipart-").FullName;
    private readonly SqliteIamStore _iamStore = SqliteIamStore.InMemory();
    private readonly SqliteS3Store _store = SqliteS3Store.InMemory();
    private readonly FileObjectBodies _bodies;
    private readonly S3Service _s3;
    private readonly byte[] _one = RandomNumberGenerator.GetBytes(Part);
    private readonly byte[] _two = RandomNumberGenerator.GetBytes(Part);
    private readonly byte[] _three = RandomNumberGenerator.GetBytes(1000);

    public MultipartObjectTests()
    {
        _bodies = new FileObjectBodies(_root, deleteOnDispose: true);
        var iam = new IamService(_iamStore, TimeProvider.System);
        iam.CreateAccount(Account);
        _s3 = new S3Service(_store, _bodies, iam.Access, TimeProvider.System);
        _s3.Buckets.Create(Root, "mp-bucket", null);
    }

    public void Dispose()
    {
        _bodies.Dispose();
        _store.Dispose();
        _iamStore.Dispose();
    }

    [Fact]
    public async Task Should_read_the_parts_in_order_as_the_object_without_writing_a_new_body()
    {
        var entry = await CompleteAsync("big", _one, _two, _three);

        Assert.Equal(3, BodyFiles());
        Assert.Equal(3, entry.Body.Count);
        Assert.Equal([.. _one, .. _two, .. _three], Read("big", null));
        Assert.Matches("^\"[0-9a-f]{32}-3\"$", entry.ETag);
        Assert.Equal(entry.Size, _s3.Objects.Get(Root, "mp-bucket", "big", GetConditions.None, null, false).Entry.Size);
    }

    [Theory]
    [InlineData(Part - 10, Part + 9)]
    [InlineData(Part, Part)]
    [InlineData(Part - 1, (2 * Part) + 999)]
    [InlineData(2 * Part, (2 * Part) + 999)]
    public async Task Should_serve_a_range_that_crosses_or_starts_at_a_part_boundary(long first, long last)
    {
        await CompleteAsync("big", _one, _two, _three);

        byte[] all = [.. _one, .. _two, .. _three];
        Assert.Equal(all[(int)first..(int)(last + 1)], Read("big", $"bytes={first}-{last}"));
    }

    [Fact]
    public async Task Should_delete_the_part_bodies_with_the_object_and_when_it_is_replaced()
    {
        await CompleteAsync("gone", _one, _three);
        await CompleteAsync("replaced", _two, _three);
        Assert.Equal(4, BodyFiles());

        _s3.Objects.Delete(Root, "mp-bucket", "gone");
        Assert.Equal(2, BodyFiles());

        await _s3.Objects.PutAsync(Root, new PutObjectRequest("mp-bucket", "replaced", Model.ObjectHeaders.Empty, new MemoryStream(_three), BodyChecks.None), default);
        Assert.Equal(1, BodyFiles());
        Assert.Equal(_three, Read("replaced", null));
    }

    [Fact]
    public async Task Should_copy_a_multipart_object_into_a_body_of_its_own()
    {
        await CompleteAsync("source", _one, _three);

        var copy = await _s3.Objects.CopyAsync(Root, "mp-bucket", "source", "mp-bucket", "copy", null, null, GetConditions.None, default);
        _s3.Objects.Delete(Root, "mp-bucket", "source");

        Assert.Single(copy.Body);
        Assert.Equal([.. _one, .. _three], Read("copy", null));
        Assert.Equal(1, BodyFiles());
    }

    [Fact]
    public async Task Should_delete_the_parts_the_completion_leaves_out_and_forget_the_upload()
    {
        var upload = _s3.Multipart.Create(Root, "mp-bucket", "partial", Model.ObjectHeaders.Empty);
        var p1 = await UploadAsync(upload.UploadId, 1, _one);
        await UploadAsync(upload.UploadId, 2, _two);
        var p3 = await UploadAsync(upload.UploadId, 3, _three);

        _s3.Multipart.Complete(Root, "mp-bucket", "partial", upload.UploadId, [(1, p1.ETag), (3, p3.ETag)]);

        Assert.Equal(2, BodyFiles());
        Assert.Equal([.. _one, .. _three], Read("partial", null));
        var gone = Assert.Throws<AwsServiceException>(() => _s3.Multipart.Abort(Root, "mp-bucket", "partial", upload.UploadId));
        Assert.Equal("NoSuchUpload", gone.Code);
        Assert.Equal([.. _one, .. _three], Read("partial", null));
    }

    [Fact]
    public async Task Should_refuse_a_completion_whose_part_was_uploaded_again_meanwhile()
    {
        var upload = _s3.Multipart.Create(Root, "mp-bucket", "raced", Model.ObjectHeaders.Empty);
        var first = await UploadAsync(upload.UploadId, 1, _one);
        var entry = new Model.S3Object("mp-bucket", "raced", [new Model.BodySegment(first.BodyId, first.Size)], first.Size, "\"x-1\"", DateTimeOffset.UnixEpoch, Model.ObjectHeaders.Empty);
        await UploadAsync(upload.UploadId, 1, _two);

        Assert.Null(_store.CompleteUpload(upload.UploadId, entry));
        Assert.Null(_store.FindObject("mp-bucket", "raced"));
        Assert.Null(_store.CompleteUpload("no-such-upload", entry));
    }

    private async Task<Model.S3Object> CompleteAsync(string key, params byte[][] parts)
    {
        var upload = _s3.Multipart.Create(Root, "mp-bucket", key, Model.ObjectHeaders.Empty);
        var listed = new List<(int, string)>();
        for (var i = 0; i < parts.Length; i++)
        {
            listed.Add((i + 1, (await UploadAsync(upload.UploadId, i + 1, parts[i])).ETag));
        }

        return _s3.Multipart.Complete(Root, "mp-bucket", key, upload.UploadId, listed);
    }

    private Task<Model.UploadPart> UploadAsync(string uploadId, int number, byte[] bytes) =>
        _s3.Multipart.UploadPartAsync(Root, "mp-bucket", _store.FindUpload(uploadId)!.Key, uploadId, number.ToString(System.Globalization.CultureInfo.InvariantCulture), new MemoryStream(bytes), BodyChecks.None, default);

    private byte[] Read(string key, string? range)
    {
        var read = _s3.Objects.Get(Root, "mp-bucket", key, GetConditions.None, range, true);
        using var body = read.Body!;
        var (offset, length) = read.Range is { } r ? (r.First, r.Length) : (0L, read.Entry.Size);
        body.Seek(offset, SeekOrigin.Begin);
        var bytes = new byte[length];
        body.ReadExactly(bytes);
        Assert.Equal(0, body.Read(new byte[1]) > 0 && read.Range is null ? 1 : 0);
        return bytes;
    }

    // Committed bodies only: not the temporary files (`tmp/`) nor the deleted ones kept for reuse (`free/`).
    private int BodyFiles() => Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories).Count(f => Path.GetFileName(Path.GetDirectoryName(f)) is not ("tmp" or "free"));
}
