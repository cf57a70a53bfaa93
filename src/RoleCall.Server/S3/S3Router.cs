using Microsoft.AspNetCore.Http;
using RoleCall.S3;

namespace RoleCall.Server.S3;

/// <summary>
/// Method x (service | bucket | object) x subresource -> operation, as S3's REST API lays them out. A
/// subresource RoleCall does not implement (acl, versioning, cors, ...) answers NotImplemented (501), never
/// a wrong operation. https://docs.aws.amazon.com/AmazonS3/latest/API/API_Operations_Amazon_Simple_Storage_Service.html
/// </summary>
internal sealed class S3Router(S3Service s3)
{
    private static readonly HashSet<string> Unimplemented = new(StringComparer.Ordinal)
    {
        "accelerate", "acl", "analytics", "attributes", "cors", "encryption", "intelligent-tiering", "inventory", "legal-hold",
        "lifecycle", "logging", "metrics", "notification", "object-lock", "ownershipControls", "policyStatus", "publicAccessBlock",
        "replication", "requestPayment", "restore", "retention", "select", "session", "torrent", "versioning", "versions", "website",
    };

    private readonly BucketHandlers _buckets = new(s3);
    private readonly ObjectHandlers _objects = new(s3);
    private readonly ListHandlers _lists = new(s3);
    private readonly SubresourceHandlers _subresources = new(s3);
    private readonly MultipartHandlers _multipart = new(s3);

    public Task RouteAsync(S3Exchange x)
    {
        var unimplemented = x.Query.Keys.FirstOrDefault(Unimplemented.Contains);
        if (unimplemented is not null)
        {
            throw S3Errors.NotImplemented($"?{unimplemented}");
        }

        var method = x.Request.Method;
        if (x.Target.Bucket is null)
        {
            return HttpMethods.IsGet(method) ? _buckets.ListAsync(x) : throw S3Errors.MethodNotAllowed(method);
        }

        return x.Target.Key is null ? Bucket(x, method) : Object(x, method);
    }

    private Task Bucket(S3Exchange x, string method) => method switch
    {
        _ when x.Has("policy") => _subresources.BucketPolicyAsync(x),
        _ when x.Has("tagging") => _subresources.BucketTaggingAsync(x),
        "GET" when x.Has("location") => _buckets.LocationAsync(x),
        "GET" when x.Has("uploads") => _multipart.ListUploadsAsync(x),
        "GET" when x.Parameter("list-type") == "2" => _lists.ListV2Async(x),
        "GET" => _lists.ListV1Async(x),
        "PUT" => _buckets.CreateAsync(x),
        "HEAD" => _buckets.HeadAsync(x),
        "DELETE" => _buckets.DeleteAsync(x),
        "POST" when x.Has("delete") => _objects.DeleteManyAsync(x),
        _ => throw S3Errors.MethodNotAllowed(method),
    };

    private Task Object(S3Exchange x, string method) => method switch
    {
        _ when x.Has("tagging") => _subresources.ObjectTaggingAsync(x),
        "PUT" when x.Has("uploadId") => _multipart.UploadPartAsync(x),
        "PUT" when x.Header("x-amz-copy-source") is not null => _objects.CopyAsync(x),
        "PUT" => _objects.PutAsync(x),
        "GET" when x.Has("uploadId") => _multipart.ListPartsAsync(x),
        "GET" => _objects.GetAsync(x, withBody: true),
        "HEAD" => _objects.GetAsync(x, withBody: false),
        "DELETE" when x.Has("uploadId") => _multipart.AbortAsync(x),
        "DELETE" => _objects.DeleteAsync(x),
        "POST" when x.Has("uploads") => _multipart.CreateAsync(x),
        "POST" when x.Has("uploadId") => _multipart.CompleteAsync(x),
        _ => throw S3Errors.MethodNotAllowed(method),
    };
}
