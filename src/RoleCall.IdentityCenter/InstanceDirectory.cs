using RoleCall.IdentityCenter.Model;
using RoleCall.IdentityCenter.Store;

namespace RoleCall.IdentityCenter;

/// <summary>
/// The organisation's Identity Center instance: it lives in the management account (serve's first account)
/// and is created the first time anything asks for it. Callers from other accounts see no instance, and
/// its IDs are unknown to them (ResourceNotFoundException), so nothing about it leaks across accounts.
/// </summary>
public sealed class InstanceDirectory(IIdentityCenterStore store, string managementAccountId, TimeProvider clock)
{
    public string ManagementAccountId { get; } = managementAccountId;

    /// <summary>The instance (created on first use).</summary>
    public IcInstance Instance
    {
        get
        {
            var existing = store.List<IcInstance>(ManagementAccountId);
            if (existing.Count > 0)
            {
                return existing[0];
            }

            // Two replicas asking at once must not both create one: the store's write scope spans them.
            using (store.EnterWriteScope())
            {
                existing = store.List<IcInstance>(ManagementAccountId);
                if (existing.Count > 0)
                {
                    return existing[0];
                }

                var created = new IcInstance(IcIds.InstanceArn(), ManagementAccountId, IcIds.IdentityStoreId(), clock.GetUtcNow())
                {
                    SamlProviderSuffix = IcIds.Hex(16),
                };
                store.TryAdd(created);
                return created;
            }
        }
    }

    /// <summary>The instance when <paramref name="accountId"/> is the management account, else null.</summary>
    public IcInstance? For(string accountId) => accountId == ManagementAccountId ? Instance : null;

    /// <summary>The instance whose identity store this is, for a caller in the management account.</summary>
    public IcInstance RequireStore(string callerAccount, string identityStoreId) =>
        For(callerAccount) is { } instance && instance.IdentityStoreId == identityStoreId
            ? instance
            : throw IcErrors.NotFound($"IdentityStore {identityStoreId} not found.");

    /// <summary>The instance with this ARN, for a caller in the management account.</summary>
    public IcInstance RequireInstance(string callerAccount, string instanceArn) =>
        For(callerAccount) is { } instance && instance.InstanceArn == instanceArn
            ? instance
            : throw IcErrors.NotFound($"Instance {instanceArn} does not exist.");
}
