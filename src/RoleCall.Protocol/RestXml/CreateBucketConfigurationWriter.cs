using System.Security;
using System.Text;

namespace RoleCall.Protocol.RestXml;

/// <summary>
/// The CreateBucket body: `&lt;CreateBucketConfiguration&gt;&lt;LocationConstraint&gt;REGION&lt;/...&gt;`, or no body
/// at all for us-east-1 (no constraint), as the AWS CLI sends it.
/// https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateBucket.html
/// </summary>
public static class CreateBucketConfigurationWriter
{
    public static byte[] Write(string? locationConstraint) =>
        string.IsNullOrEmpty(locationConstraint)
            ? []
            : Encoding.UTF8.GetBytes(
                "<CreateBucketConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><LocationConstraint>"
                + SecurityElement.Escape(locationConstraint) + "</LocationConstraint></CreateBucketConfiguration>");
}
