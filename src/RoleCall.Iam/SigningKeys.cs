using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;

namespace RoleCall.Iam;

/// <summary>Resolves an access key ID to the secret and caller the SigV4 verifier needs: root, user, or STS session.</summary>
internal static class SigningKeys
{
    public static SigningKey? Find(IamRuntime runtime, string accessKeyId)
    {
        var store = runtime.Store;
        if (accessKeyId.StartsWith("ASIA", StringComparison.Ordinal))
        {
            var session = store.FindSession(accessKeyId);
            return session is null
                ? null
                : new SigningKey(session.AccessKeyId, session.SecretAccessKey, true, session.Caller, session.SessionToken, session.Expiration);
        }

        var key = store.FindAccessKey(accessKeyId);
        if (key is null)
        {
            return null;
        }

        if (key.IsRoot)
        {
            var root = new Caller(PrincipalKind.Root, key.AccountId, $"arn:aws:iam::{key.AccountId}:root", key.AccountId, key.AccessKeyId);
            return new SigningKey(key.AccessKeyId, key.SecretAccessKey, key.Active, root);
        }

        // A key whose user vanished authenticates nobody (DeleteUser requires deleting keys first anyway).
        if (store.FindEntityById(key.UserId!) is not IamUser user)
        {
            return null;
        }

        var caller = new Caller(PrincipalKind.User, key.AccountId, user.Arn, user.Id, key.AccessKeyId);
        return new SigningKey(key.AccessKeyId, key.SecretAccessKey, key.Active, caller);
    }
}
