using RoleCall.Core.Errors;
using RoleCall.Protocol.Query;

namespace RoleCall.Protocol.RestXml;

/// <summary>
/// Reads an S3 error answer (`&lt;Error&gt;&lt;Code/&gt;&lt;Message/&gt;&lt;RequestId/&gt;&lt;/Error&gt;`) into the one
/// service exception. A bodiless answer (HEAD, or a proxy's page) becomes what botocore makes of it: the
/// status as the code and its reason phrase as the message (`An error occurred (404) ...: Not Found`).
/// </summary>
public static class S3ErrorReader
{
    public static AwsServiceException Read(string body, int httpStatus, string operation, string? requestIdHeader = null) =>
        // The Query reader already looks for <Error> at any depth, which is S3's shape at the root.
        QueryXmlReader.ReadError(body, httpStatus, operation, requestIdHeader);
}
