using Microsoft.AspNetCore.Http;
using RoleCall.Protocol.RestXml;
using RoleCall.S3;
using RoleCall.S3.Access;
using RoleCall.S3.Operations;

namespace RoleCall.Server.S3;

/// <summary>ListBuckets, CreateBucket, HeadBucket, GetBucketLocation, DeleteBucket: HTTP to <see cref="BucketOperations"/> and back.</summary>
internal sealed class BucketHandlers(S3Service s3)
{
    public Task ListAsync(S3Exchange x)
    {
        var buckets = s3.Buckets.List(x.Call);
        var account = x.Call.Caller.AccountId;
        var xml = RestXmlWriter.Document("ListAllMyBucketsResult");
        xml.Open("Owner").Element("ID", S3Owners.CanonicalId(account)).Element("DisplayName", account).Close("Owner");
        xml.Open("Buckets");
        foreach (var bucket in buckets)
        {
            xml.Open("Bucket").Element("Name", bucket.Name).Element("CreationDate", S3Formats.Iso(bucket.CreatedAt))
                .Element("BucketRegion", bucket.Region).Close("Bucket");
        }

        xml.Close("Buckets");
        return S3Responses.XmlAsync(x.Http, x.RequestId, xml.Finish());
    }

    public async Task CreateAsync(S3Exchange x)
    {
        var body = await SmallBodies.ReadAsync(x);
        string? constraint = null;
        if (body.Length > 0)
        {
            var root = RestXmlReader.Parse(body);
            if (root is null || root.Name.LocalName != "CreateBucketConfiguration")
            {
                throw S3Errors.MalformedXml();
            }

            constraint = RestXmlReader.Text(root, "LocationConstraint") is { Length: > 0 } c ? c : null;
        }

        var bucket = s3.Buckets.Create(x.Call, x.Bucket, constraint);
        x.Http.Response.Headers.Location = "/" + bucket.Name;
        await S3Responses.EmptyAsync(x.Http, x.RequestId);
    }

    public Task HeadAsync(S3Exchange x)
    {
        var bucket = s3.Buckets.Head(x.Call, x.Bucket);
        x.Http.Response.Headers["x-amz-bucket-region"] = bucket.Region;
        return S3Responses.EmptyAsync(x.Http, x.RequestId);
    }

    public Task LocationAsync(S3Exchange x)
    {
        var bucket = s3.Buckets.Location(x.Call, x.Bucket);
        var xml = RestXmlWriter.Document("LocationConstraint");

        // us-east-1 is the empty constraint, as S3 answers it.
        xml.Text(bucket.Region == BucketOperations.DefaultRegion ? string.Empty : bucket.Region);
        return S3Responses.XmlAsync(x.Http, x.RequestId, xml.Finish());
    }

    public Task DeleteAsync(S3Exchange x)
    {
        s3.Buckets.Delete(x.Call, x.Bucket);
        return S3Responses.EmptyAsync(x.Http, x.RequestId, StatusCodes.Status204NoContent);
    }
}
