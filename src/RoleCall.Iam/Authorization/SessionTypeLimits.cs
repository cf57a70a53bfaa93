using RoleCall.Iam.Model;

namespace RoleCall.Iam.Authorization;

/// <summary>
/// The limits AWS puts on credentials by how they were issued, before any policy is read: GetSessionToken
/// credentials call IAM only when MFA was used and STS only for AssumeRole and GetCallerIdentity; federation
/// tokens never call IAM and call STS only for GetCallerIdentity.
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_control-access_getsessiontoken.html
/// </summary>
internal static class SessionTypeLimits
{
    public const string GetSessionToken = "GetSessionToken";
    public const string GetFederationToken = "GetFederationToken";

    public static bool Permits(Caller caller, string service, string action)
    {
        var session = caller.Session;
        if (session?.TokenKind is not { } kind)
        {
            return true;
        }

        var isIam = string.Equals(service, "iam", StringComparison.OrdinalIgnoreCase);
        var isSts = string.Equals(service, "sts", StringComparison.OrdinalIgnoreCase);
        return kind switch
        {
            GetSessionToken when isIam => session.MultiFactorAuthPresent,
            // GetSessionToken/GetFederationToken themselves pass: their handlers refuse session callers in AWS's words.
            _ when isSts && action is GetSessionToken or GetFederationToken => true,
            GetSessionToken when isSts => action is "AssumeRole" or "GetCallerIdentity",
            GetFederationToken when isIam => false,
            GetFederationToken when isSts => action is "GetCallerIdentity",
            _ => true,
        };
    }
}
