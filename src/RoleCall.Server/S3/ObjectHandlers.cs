using Microsoft.AspNetCore.Http;
using RoleCall.Core.Errors;
using RoleCall.Protocol.RestXml;
using RoleCall.S3;
using RoleCall.S3.Operations;

namespace RoleCall.Server.S3;

/// <summary>PutObject, GetObject, HeadObject, DeleteObject, DeleteObjects and CopyObject: HTTP to <see cref="ObjectOperations"/> and back.</summary>
internal sealed class ObjectHandlers(S3Service s3)
{
    public async Task PutAsync(S3Exchange x)
    {
        var (body, checks) = PutBodies.Open(x);
        await using (body.ConfigureAwait(false))
        {
            var request = new PutObjectRequest(x.Bucket, x.Key, S3ObjectHeaders.Read(x.Request), body, checks) { Tags = TagSets.FromQuery(x.Header("x-amz-tagging")) };
            var entry = await s3.Objects.PutAsync(x.Call, request, x.Aborted);
            x.Http.Response.Headers.ETag = entry.ETag;
            foreach (var (algorithm, value) in entry.Checksums)
            {
                x.Http.Response.Headers["x-amz-checksum-" + algorithm.ToLowerInvariant()] = value;
            }
        }

        await S3Responses.EmptyAsync(x.Http, x.RequestId);
    }

    public async Task GetAsync(S3Exchange x, bool withBody)
    {
        var conditions = new GetConditions(x.Header("If-Match"), x.Header("If-None-Match"),
            S3Formats.ParseHttp(x.Header("If-Modified-Since")), S3Formats.ParseHttp(x.Header("If-Unmodified-Since")));
        var read = s3.Objects.Get(x.Call, x.Bucket, x.Key, conditions, x.Header("Range"), withBody);
        using var body = read.Body;
        var entry = read.Entry;
        var response = x.Http.Response;
        S3Responses.Common(x.Http, x.RequestId);
        // The stored checksum is the whole object's: S3 returns none with a part of it or with 304 (botocore, which
        // asks for checksums by default, would fail a ranged read as a mismatch and choke on the empty 304 body).
        var checksums = x.Header("x-amz-checksum-mode") == "ENABLED" && read.Range is null && !read.NotModified;
        S3ObjectHeaders.Write(response, entry, checksums);
        if (read.NotModified)
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        var (offset, length) = read.Range is { } range ? (range.First, range.Length) : (0L, entry.Size);
        if (read.Range is { } r)
        {
            response.StatusCode = StatusCodes.Status206PartialContent;
            response.Headers.ContentRange = $"bytes {r.First}-{r.Last}/{entry.Size}";
        }

        response.ContentLength = length;
        if (body is not null && length > 0)
        {
            await S3Responses.BodyAsync(x.Http, body, offset, length);
        }
    }

    public Task DeleteAsync(S3Exchange x)
    {
        s3.Objects.Delete(x.Call, x.Bucket, x.Key);
        return S3Responses.EmptyAsync(x.Http, x.RequestId, StatusCodes.Status204NoContent);
    }

    /// <summary>DeleteObjects: each key decided on its own; failures are listed, not thrown. Quiet mode lists only failures.</summary>
    public async Task DeleteManyAsync(S3Exchange x)
    {
        var root = RestXmlReader.Parse(await SmallBodies.ReadAsync(x));
        if (root is null || root.Name.LocalName != "Delete")
        {
            throw S3Errors.MalformedXml();
        }

        var quiet = RestXmlReader.Text(root, "Quiet") == "true";
        var keys = RestXmlReader.Children(root, "Object").Select(o => RestXmlReader.Text(o, "Key")).ToList();
        if (keys.Count is 0 or > 1000 || keys.Any(k => k is null))
        {
            throw S3Errors.MalformedXml();
        }

        // A missing bucket fails the whole request, not each key.
        s3.Objects.RequireBucket(x.Bucket);
        var xml = RestXmlWriter.Document("DeleteResult");
        foreach (var key in keys)
        {
            try
            {
                s3.Objects.Delete(x.Call, x.Bucket, key!);
                if (!quiet)
                {
                    xml.Open("Deleted").Element("Key", key).Close("Deleted");
                }
            }
            catch (AwsServiceException e) when (e.HttpStatus < 500)
            {
                xml.Open("Error").Element("Key", key).Element("Code", e.Code).Element("Message", e.Message).Close("Error");
            }
        }

        await S3Responses.XmlAsync(x.Http, x.RequestId, xml.Finish());
    }

    public async Task CopyAsync(S3Exchange x)
    {
        var (sourceBucket, sourceKey) = CopySource.Parse(x.Header("x-amz-copy-source")!);
        var replace = Directive(x, "x-amz-metadata-directive", "metadata") ? S3ObjectHeaders.Read(x.Request) : null;
        var tags = Directive(x, "x-amz-tagging-directive", "tagging") ? TagSets.FromQuery(x.Header("x-amz-tagging")) : null;
        var entry = await s3.Objects.CopyAsync(x.Call, sourceBucket, sourceKey, x.Bucket, x.Key, replace, tags, CopySource.Conditions(x), x.Aborted);
        var xml = RestXmlWriter.Document("CopyObjectResult").Element("LastModified", S3Formats.Iso(entry.LastModified)).Element("ETag", entry.ETag);
        foreach (var (algorithm, value) in entry.Checksums)
        {
            xml.Element("Checksum" + algorithm, value);
        }

        await S3Responses.XmlAsync(x.Http, x.RequestId, xml.Finish());
    }

    /// <summary>A CopyObject directive: true for REPLACE, false for COPY or none; anything else is InvalidArgument as on S3.</summary>
    private static bool Directive(S3Exchange x, string header, string what) => x.Header(header) switch
    {
        null or "COPY" => false,
        "REPLACE" => true,
        var other => throw S3Errors.InvalidArgument($"Unknown {what} directive.", header, other),
    };
}
