using Microsoft.AspNetCore.Http;
using RoleCall.Protocol.RestXml;
using RoleCall.S3;
using RoleCall.S3.Access;
using RoleCall.S3.Operations;

namespace RoleCall.Server.S3;

/// <summary>The multipart upload operations: HTTP to <see cref="RoleCall.S3.Operations.MultipartOperations"/> and back.</summary>
internal sealed class MultipartHandlers(S3Service s3)
{
    public Task CreateAsync(S3Exchange x)
    {
        var upload = s3.Multipart.Create(x.Call, x.Bucket, x.Key, S3ObjectHeaders.Read(x.Request));
        var xml = RestXmlWriter.Document("InitiateMultipartUploadResult")
            .Element("Bucket", upload.Bucket).Element("Key", upload.Key).Element("UploadId", upload.UploadId);
        return S3Responses.XmlAsync(x.Http, x.RequestId, xml.Finish());
    }

    public async Task UploadPartAsync(S3Exchange x)
    {
        if (x.Header("x-amz-copy-source") is { } copySource)
        {
            await CopyPartAsync(x, copySource);
            return;
        }

        var (body, checks) = PutBodies.Open(x);
        await using (body.ConfigureAwait(false))
        {
            var part = await s3.Multipart.UploadPartAsync(x.Call, x.Bucket, x.Key, x.Parameter("uploadId")!, x.Parameter("partNumber") ?? string.Empty, body, checks, x.Aborted);
            x.Http.Response.Headers.ETag = part.ETag;
        }

        await S3Responses.EmptyAsync(x.Http, x.RequestId);
    }

    /// <summary>UploadPartCopy: the part's ETag and time in a CopyPartResult document.</summary>
    private async Task CopyPartAsync(S3Exchange x, string copySource)
    {
        var (bucket, key) = CopySource.Parse(copySource);
        var source = new PartCopySource(bucket, key, x.Header("x-amz-copy-source-range"), CopySource.Conditions(x));
        var part = await s3.PartCopies.CopyPartAsync(x.Call, x.Bucket, x.Key, x.Parameter("uploadId")!, x.Parameter("partNumber") ?? string.Empty, source, x.Aborted);
        var xml = RestXmlWriter.Document("CopyPartResult").Element("LastModified", S3Formats.Iso(part.LastModified)).Element("ETag", part.ETag);
        await S3Responses.XmlAsync(x.Http, x.RequestId, xml.Finish());
    }

    public async Task CompleteAsync(S3Exchange x)
    {
        var root = RestXmlReader.Parse(await SmallBodies.ReadAsync(x));
        if (root is null || root.Name.LocalName != "CompleteMultipartUpload")
        {
            throw S3Errors.MalformedXml();
        }

        var parts = new List<(int, string)>();
        foreach (var part in RestXmlReader.Children(root, "Part"))
        {
            if (!int.TryParse(RestXmlReader.Text(part, "PartNumber"), System.Globalization.CultureInfo.InvariantCulture, out var number)
                || RestXmlReader.Text(part, "ETag") is not { } etag)
            {
                throw S3Errors.MalformedXml();
            }

            parts.Add((number, etag));
        }

        var entry = s3.Multipart.Complete(x.Call, x.Bucket, x.Key, x.Parameter("uploadId")!, parts);
        var xml = RestXmlWriter.Document("CompleteMultipartUploadResult")
            .Element("Location", $"http://{x.Request.Host}/{entry.Bucket}/{Uri.EscapeDataString(entry.Key)}")
            .Element("Bucket", entry.Bucket).Element("Key", entry.Key).Element("ETag", entry.ETag);
        await S3Responses.XmlAsync(x.Http, x.RequestId, xml.Finish());
    }

    public Task AbortAsync(S3Exchange x)
    {
        s3.Multipart.Abort(x.Call, x.Bucket, x.Key, x.Parameter("uploadId")!);
        return S3Responses.EmptyAsync(x.Http, x.RequestId, StatusCodes.Status204NoContent);
    }

    public Task ListPartsAsync(S3Exchange x)
    {
        var uploadId = x.Parameter("uploadId")!;
        var parts = s3.Multipart.ListParts(x.Call, x.Bucket, x.Key, uploadId);
        var xml = RestXmlWriter.Document("ListPartsResult").Element("Bucket", x.Bucket).Element("Key", x.Key).Element("UploadId", uploadId);
        var account = x.Call.Caller.AccountId;
        xml.Open("Initiator").Element("ID", x.Call.Caller.Arn).Element("DisplayName", account).Close("Initiator");
        xml.Open("Owner").Element("ID", S3Owners.CanonicalId(account)).Element("DisplayName", account).Close("Owner");
        xml.Element("StorageClass", "STANDARD").Element("PartNumberMarker", 0).Element("NextPartNumberMarker", parts.Count == 0 ? 0 : parts[^1].PartNumber)
            .Element("MaxParts", 1000).Element("IsTruncated", false);
        foreach (var part in parts)
        {
            xml.Open("Part").Element("PartNumber", part.PartNumber).Element("LastModified", S3Formats.Iso(part.LastModified))
                .Element("ETag", part.ETag).Element("Size", part.Size).Close("Part");
        }

        return S3Responses.XmlAsync(x.Http, x.RequestId, xml.Finish());
    }

    public Task ListUploadsAsync(S3Exchange x)
    {
        var uploads = s3.Multipart.ListUploads(x.Call, x.Bucket);
        var xml = RestXmlWriter.Document("ListMultipartUploadsResult").Element("Bucket", x.Bucket).Element("KeyMarker", string.Empty)
            .Element("UploadIdMarker", string.Empty).Element("MaxUploads", 1000).Element("IsTruncated", false);
        foreach (var upload in uploads)
        {
            xml.Open("Upload").Element("Key", upload.Key).Element("UploadId", upload.UploadId)
                .Open("Initiator").Element("ID", upload.InitiatorArn).Close("Initiator")
                .Element("StorageClass", "STANDARD").Element("Initiated", S3Formats.Iso(upload.Initiated)).Close("Upload");
        }

        return S3Responses.XmlAsync(x.Http, x.RequestId, xml.Finish());
    }
}
