using System.Text.RegularExpressions;
using RoleCall.Credentials.Endpoints;
using RoleCall.Protocol.RestXml;

namespace RoleCall.Credentials.S3;

/// <summary>
/// Where a bucket's requests go, as the AWS CLI (botocore 1.43, CLI v2 2.9) chooses: with a configured endpoint
/// (--endpoint-url, AWS_ENDPOINT_URL, a profile's endpoint_url) path-style, `http://host:port/bucket/key`, for
/// every bucket; at AWS virtual-hosted, `https://bucket.s3.region.amazonaws.com/key`, for a bucket whose name
/// is a DNS label, else path-style. Both CLIs were checked with --debug against moto_server on 127.0.0.1 and
/// localhost: path-style in every case.
/// </summary>
internal static partial class S3Addressing
{
    /// <summary>The URL to connect to and the path (and query) to send for <paramref name="bucket"/>/<paramref name="key"/>.</summary>
    public static (Uri Url, string Path) For(ServiceEndpoint endpoint, string? bucket, string? key, string query)
    {
        var basePath = endpoint.Url.AbsolutePath.TrimEnd('/');
        if (bucket is null)
        {
            return (endpoint.Url, basePath + "/" + query);
        }

        if (!endpoint.IsConfigured && VirtualHostable().IsMatch(bucket))
        {
            var host = new UriBuilder(endpoint.Url) { Host = bucket + "." + endpoint.Url.Host }.Uri;
            var objectPath = key is null ? "/" : S3RequestPaths.ObjectPath(bucket, key)[(bucket.Length + 1)..];
            return (host, basePath + objectPath + query);
        }

        var path = key is null ? S3RequestPaths.BucketPath(bucket) : S3RequestPaths.ObjectPath(bucket, key);
        return (endpoint.Url, basePath + path + query);
    }

    // botocore's check for a virtual-hostable name: a lower-case DNS label of 3 to 63 characters.
    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$")]
    private static partial Regex VirtualHostable();
}
