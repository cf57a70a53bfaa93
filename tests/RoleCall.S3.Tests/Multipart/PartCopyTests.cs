using System.Security.Cryptography;
using RoleCall.Core.Errors;
using RoleCall.Iam;
using RoleCall.Iam.Model;
using RoleCall.Iam.Sqlite;
using RoleCall.Iam.Sqlite.S3;
using RoleCall.S3.Access;
using RoleCall.S3.Bodies;
using RoleCall.S3.Model;
using RoleCall.S3.Operations;

namespace RoleCall.S3.Tests.Multipart;

/// <summary>
/// Issue 11: UploadPartCopy. Parts copied from byte ranges of a multipart source (ranges that cross its part
/// boundaries), the part ETag as the MD5 of the copied bytes, the range's and the copy-source conditions' errors.
/// </summary>
public sealed class PartCopyTests : IDisposable
{
    private const string Account = "123456789012";
    private const int Part = (int)MultipartOperations.MinPartSize;
    private static readonly S3Call Root = new(new Caller(PrincipalKind.Root, Account, $"arn:aws:iam::{Account}:root", Account, "AKIAROOT"), new("127.0.0.1", false, "us-east-1", "req"));

    private readonly SqliteIamStore _iamStore = SqliteIamStore.InMemory();
    private readonly SqliteS3Store _store = SqliteS3Store.InMemory();
    private readonly FileObjectBodies _bodies = FileObjectBodies.Temporary();
    private readonly S3Service _s3;
    private readonly byte[] _source = RandomNumberGenerator.GetBytes((2 * Part) + 1000);

    public PartCopyTests()
    {
        var iam = new IamService(_iamStore, TimeProvider.System);
        iam.CreateAccount(Account);
        _s3 = new S3Service(_store, _bodies, iam.Access, TimeProvider.System);
        _s3.Buckets.Create(Root, "from-bucket", null);
        _s3.Buckets.Create(Root, "to-bucket", null);
    }

    public void Dispose()
    {
        _bodies.Dispose();
        _store.Dispose();
        _iamStore.Dispose();
    }

    [Fact]
    public async Task Should_copy_ranges_across_the_source_parts_into_an_object_with_the_multipart_ETag()
    {
        var source = await MultipartSourceAsync();
        var upload = _s3.Multipart.Create(Root, "to-bucket", "copy", ObjectHeaders.Empty);
        // Three ranges: the first crosses the source's first part boundary, the last ends at its last byte.
        (long First, long Last)[] ranges = [(0, Part + 99), (Part + 100, (2 * Part) + 99), ((2 * Part) + 100, _source.Length - 1)];
        var listed = new List<(int, string)>();
        foreach (var (first, last) in ranges)
        {
            var part = await CopyAsync(upload.UploadId, listed.Count + 1, $"bytes={first}-{last}");
            Assert.Equal(Md5ETag(_source.AsSpan((int)first, (int)(last - first + 1))), part.ETag);
            listed.Add((listed.Count + 1, part.ETag));
        }

        var entry = _s3.Multipart.Complete(Root, "to-bucket", "copy", upload.UploadId, listed);
        _s3.Objects.Delete(Root, "from-bucket", "source");

        Assert.Equal(_source, Read("copy"));
        Assert.NotEqual(source.ETag, entry.ETag);
        Assert.Matches("^\"[0-9a-f]{32}-3\"$", entry.ETag);
    }

    [Fact]
    public async Task Should_copy_the_whole_source_without_a_range()
    {
        var source = await MultipartSourceAsync();
        var upload = _s3.Multipart.Create(Root, "to-bucket", "whole", ObjectHeaders.Empty);
        var part = await CopyAsync(upload.UploadId, 1, null);
        _s3.Multipart.Complete(Root, "to-bucket", "whole", upload.UploadId, [(1, part.ETag)]);
        Assert.Equal((long)_source.Length, part.Size);
        Assert.Equal(Md5ETag(_source), part.ETag);
        Assert.NotEqual(source.ETag, part.ETag);
        Assert.Equal(_source, Read("whole"));
    }

    [Theory]
    [InlineData("bytes=10-", "The x-amz-copy-source-range value must be of the form bytes=first-last where first and last are the zero-based offsets of the first and last bytes to copy")]
    [InlineData("bytes=-10", "The x-amz-copy-source-range value must be of the form bytes=first-last where first and last are the zero-based offsets of the first and last bytes to copy")]
    [InlineData("bytes=9-1", "The x-amz-copy-source-range value must be of the form bytes=first-last where first and last are the zero-based offsets of the first and last bytes to copy")]
    [InlineData("0-10", "The x-amz-copy-source-range value must be of the form bytes=first-last where first and last are the zero-based offsets of the first and last bytes to copy")]
    [InlineData("bytes=0-10486760", "Range specified is not valid for source object of size: 10486760")]
    public async Task Should_refuse_a_malformed_or_too_long_range_as_S3_does(string range, string message)
    {
        await MultipartSourceAsync();
        var upload = _s3.Multipart.Create(Root, "to-bucket", "bad", ObjectHeaders.Empty);
        var error = await Assert.ThrowsAsync<AwsServiceException>(() => CopyAsync(upload.UploadId, 1, range));
        Assert.Equal((400, "InvalidArgument", message), (error.HttpStatus, error.Code, error.Message));
        Assert.Empty(_s3.Multipart.ListParts(Root, "to-bucket", "bad", upload.UploadId));
    }

    [Fact]
    public async Task Should_apply_the_copy_source_conditions_with_412()
    {
        var source = await MultipartSourceAsync();
        var upload = _s3.Multipart.Create(Root, "to-bucket", "cond", ObjectHeaders.Empty);
        var past = source.LastModified.AddDays(-1);
        var future = source.LastModified.AddDays(1);
        (GetConditions Conditions, string? Failed)[] cases =
        [
            (new(source.ETag, null, null, null), null),
            (new("\"0123\"", null, null, null), "x-amz-copy-source-If-Match"),
            (new(null, source.ETag, null, null), "x-amz-copy-source-If-None-Match"),
            (new(null, "\"0123\"", null, null), null),
            (new(null, null, past, null), null),
            (new(null, null, future, null), "x-amz-copy-source-If-Modified-Since"),
            (new(null, null, null, past), "x-amz-copy-source-If-Unmodified-Since"),
            // A true If-Match overrides a false If-Unmodified-Since, as on S3.
            (new(source.ETag, null, null, past), null),
        ];
        foreach (var (conditions, failed) in cases)
        {
            var copy = () => _s3.PartCopies.CopyPartAsync(Root, "to-bucket", "cond", upload.UploadId, "1", new PartCopySource("from-bucket", "source", "bytes=0-9", conditions), default);
            if (failed is null)
            {
                Assert.Equal(10, (await copy()).Size);
                continue;
            }

            var error = await Assert.ThrowsAsync<AwsServiceException>(copy);
            Assert.Equal((412, "PreconditionFailed"), (error.HttpStatus, error.Code));
            Assert.Contains(KeyValuePair.Create("Condition", failed), error.Details);
        }
    }

    private async Task<S3Object> MultipartSourceAsync()
    {
        var upload = _s3.Multipart.Create(Root, "from-bucket", "source", ObjectHeaders.Empty);
        var listed = new List<(int, string)>();
        for (var (i, offset) = (1, 0); offset < _source.Length; (i, offset) = (i + 1, offset + Part))
        {
            var bytes = _source.AsSpan(offset, Math.Min(Part, _source.Length - offset)).ToArray();
            var part = await _s3.Multipart.UploadPartAsync(Root, "from-bucket", "source", upload.UploadId, $"{i}", new MemoryStream(bytes), BodyChecks.None, default);
            listed.Add((i, part.ETag));
        }

        return _s3.Multipart.Complete(Root, "from-bucket", "source", upload.UploadId, listed);
    }

    private Task<UploadPart> CopyAsync(string uploadId, int number, string? range) =>
        _s3.PartCopies.CopyPartAsync(Root, "to-bucket", _store.FindUpload(uploadId)!.Key, uploadId, $"{number}", new PartCopySource("from-bucket", "source", range, GetConditions.None), default);

    /// <summary>A part's ETag: the quoted hex MD5 of its bytes (S3's, not a security use).</summary>
    private static string Md5ETag(ReadOnlySpan<byte> bytes)
    {
        using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        md5.AppendData(bytes);
        return $"\"{Convert.ToHexStringLower(md5.GetHashAndReset())}\"";
    }

    private byte[] Read(string key)
    {
        var read = _s3.Objects.Get(Root, "to-bucket", key, GetConditions.None, null, true);
        using var body = read.Body!;
        var bytes = new byte[read.Entry.Size];
        body.ReadExactly(bytes);
        return bytes;
    }
}
