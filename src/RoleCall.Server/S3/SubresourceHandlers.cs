using System.Text;
using Microsoft.AspNetCore.Http;
using RoleCall.Protocol.RestXml;
using RoleCall.S3;

namespace RoleCall.Server.S3;

/// <summary>`?policy` and `?tagging` on buckets and objects: PUT, GET and DELETE of each.</summary>
internal sealed class SubresourceHandlers(S3Service s3)
{
    public async Task BucketPolicyAsync(S3Exchange x)
    {
        var config = s3.Configuration;
        switch (x.Request.Method)
        {
            case "PUT":
                config.PutPolicy(x.Call, x.Bucket, Encoding.UTF8.GetString(await SmallBodies.ReadAsync(x)));
                await S3Responses.EmptyAsync(x.Http, x.RequestId, StatusCodes.Status204NoContent);
                break;
            case "GET":
                var body = Encoding.UTF8.GetBytes(config.GetPolicy(x.Call, x.Bucket));
                S3Responses.Common(x.Http, x.RequestId);
                x.Http.Response.ContentType = "application/json";
                x.Http.Response.ContentLength = body.Length;
                await x.Http.Response.Body.WriteAsync(body, x.Aborted);
                break;
            case "DELETE":
                config.DeletePolicy(x.Call, x.Bucket);
                await S3Responses.EmptyAsync(x.Http, x.RequestId, StatusCodes.Status204NoContent);
                break;
            default:
                throw S3Errors.MethodNotAllowed(x.Request.Method);
        }
    }

    public async Task BucketTaggingAsync(S3Exchange x)
    {
        var config = s3.Configuration;
        switch (x.Request.Method)
        {
            case "PUT":
                config.PutBucketTags(x.Call, x.Bucket, TagSets.FromXml(RestXmlReader.Parse(await SmallBodies.ReadAsync(x))));
                await S3Responses.EmptyAsync(x.Http, x.RequestId, StatusCodes.Status204NoContent);
                break;
            case "GET":
                await S3Responses.XmlAsync(x.Http, x.RequestId, TagSets.ToXml(config.GetBucketTags(x.Call, x.Bucket)));
                break;
            case "DELETE":
                config.PutBucketTags(x.Call, x.Bucket, []);
                await S3Responses.EmptyAsync(x.Http, x.RequestId, StatusCodes.Status204NoContent);
                break;
            default:
                throw S3Errors.MethodNotAllowed(x.Request.Method);
        }
    }

    public async Task ObjectTaggingAsync(S3Exchange x)
    {
        var config = s3.Configuration;
        switch (x.Request.Method)
        {
            case "PUT":
                config.PutObjectTags(x.Call, x.Bucket, x.Key, TagSets.FromXml(RestXmlReader.Parse(await SmallBodies.ReadAsync(x))), delete: false);
                await S3Responses.EmptyAsync(x.Http, x.RequestId);
                break;
            case "GET":
                await S3Responses.XmlAsync(x.Http, x.RequestId, TagSets.ToXml(config.GetObjectTags(x.Call, x.Bucket, x.Key)));
                break;
            case "DELETE":
                config.PutObjectTags(x.Call, x.Bucket, x.Key, [], delete: true);
                await S3Responses.EmptyAsync(x.Http, x.RequestId, StatusCodes.Status204NoContent);
                break;
            default:
                throw S3Errors.MethodNotAllowed(x.Request.Method);
        }
    }
}
