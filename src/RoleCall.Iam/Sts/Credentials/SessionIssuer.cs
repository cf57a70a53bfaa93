using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Sts.Credentials;

/// <summary>
/// Mints temporary credentials for a session caller, stores them (found later by key ID, an indexed lookup),
/// and renders the `Credentials` element every STS credential response carries.
/// </summary>
internal static class SessionIssuer
{
    /// <summary>Issues credentials whose caller is built from the new key ID.</summary>
    public static TemporaryCredentials Issue(ActionContext context, string accountId, DateTimeOffset expiration, Func<string, Caller> callerForKey)
    {
        var credentials = TemporaryCredentialFactory.Issue(accountId, expiration);
        var caller = callerForKey(credentials.AccessKeyId);
        PendingWrites.AddSession(context.Store, new TemporarySession(credentials.AccessKeyId, credentials.SecretAccessKey, credentials.SessionToken, caller), context.Info.Pending);
        return credentials;
    }

    public static ResultStruct Render(TemporaryCredentials credentials) => Result.Struct(
        "Credentials",
        Result.Text("AccessKeyId", credentials.AccessKeyId),
        Result.Text("SecretAccessKey", credentials.SecretAccessKey),
        Result.Text("SessionToken", credentials.SessionToken),
        Result.Date("Expiration", credentials.Expiration));
}
