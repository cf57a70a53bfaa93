using RoleCall.Iam.Model;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam;

/// <summary>
/// What the HTTP adapter (RoleCall.Server) asks of the IAM/STS logic: the key behind a signature, and the
/// result of one action. Errors are <see cref="Core.Errors.AwsServiceException"/>s in AWS's shape.
/// </summary>
public interface IIamService
{
    /// <summary>The signing key with this ID (long-term or temporary), or null when no such key exists.</summary>
    SigningKey? FindSigningKey(string accessKeyId);

    /// <summary>
    /// Runs one IAM or STS action for an authenticated caller and returns the children of `&lt;ActionResult&gt;`
    /// (null for actions whose response carries only ResponseMetadata).
    /// </summary>
    ResultStruct? Execute(Caller caller, QueryRequest request, RequestInfo info);
}
