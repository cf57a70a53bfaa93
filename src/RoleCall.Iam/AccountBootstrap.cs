using System.Text.RegularExpressions;
using RoleCall.Core.Errors;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Ids;
using RoleCall.Iam.Model;

namespace RoleCall.Iam;

/// <summary>Account creation and root-key bootstrap for `rolecall serve` (`--account-id`, `--root-access-key-id`, further accounts).</summary>
internal sealed partial class AccountBootstrap(IamRuntime runtime)
{
    public RootCredentials Ensure(string accountId, string? keyId, string? secret)
    {
        if (accountId is null || !AccountIdRegex().IsMatch(accountId))
        {
            throw new ConfigurationException($"account ID '{accountId}' is not valid", "an AWS account ID is exactly 12 digits, e.g. 123456789012");
        }

        if ((keyId is null) != (secret is null))
        {
            throw new ConfigurationException($"account {accountId}: a root access key ID needs its secret access key and vice versa",
                "pass both --root-access-key-id and --root-secret-access-key, or neither to have keys generated");
        }

        var store = runtime.Store;
        var now = runtime.Clock.GetUtcNow();
        store.TryAddAccount(new IamAccount(accountId, now));
        if (keyId is not null)
        {
            var existing = store.FindAccessKey(keyId);
            if (existing is not null && (existing.AccountId != accountId || !existing.IsRoot))
            {
                throw new ConfigurationException($"access key {keyId} already belongs to another principal", "choose another root access key ID");
            }

            if (existing is null)
            {
                store.AddAccessKey(new AccessKey(keyId, accountId, null, secret!, now));
            }
            else if (existing.SecretAccessKey != secret)
            {
                // The operator's configuration wins: a changed secret for the same key ID replaces the stored one.
                store.SaveAccessKey(existing with { SecretAccessKey = secret!, Active = true });
            }

            return new RootCredentials(accountId, keyId, secret!, Generated: false);
        }

        var current = store.ListAccessKeys(accountId, null).FirstOrDefault(k => k.Active);
        if (current is not null)
        {
            return new RootCredentials(accountId, current.AccessKeyId, current.SecretAccessKey, Generated: false);
        }

        var generated = new AccessKey(IamIds.AccessKeyId(accountId), accountId, null, IamIds.Secret(), now);
        store.AddAccessKey(generated);
        return new RootCredentials(accountId, generated.AccessKeyId, generated.SecretAccessKey, Generated: true);
    }

    [GeneratedRegex(@"\A[0-9]{12}\z")]
    private static partial Regex AccountIdRegex();
}
