using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Validation;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.Account;

/// <summary>
/// GetAccountSummary: SummaryMap, a map written as `&lt;entry&gt;&lt;key/&gt;&lt;value/&gt;&lt;/entry&gt;` (the Query
/// protocol's map shape) with the account's usage and IAM's quotas.
/// </summary>
internal sealed class GetAccountSummary : IamActionHandler
{
    public override string Action => "GetAccountSummary";

    // AWS names no resource for this action: policies match it with "Resource": "*".
    public override string ResourceArn(ActionContext context) => IActionHandler.AnyResource;

    public override ResultStruct? Execute(ActionContext context)
    {
        var counts = context.Store.CountEntities(context.AccountId);
        var rootKeys = context.Store.ListAccessKeys(context.AccountId, null).Count;

        // Root's MFA device is assigned to the account ID (by the console, as on AWS).
        var rootMfa = context.Store.ListMfaDevices(context.AccountId).Any(d => d.UserId == context.AccountId && d.EnableDate is not null);
        var entries = new (string Key, int Value)[]
        {
            ("GroupPolicySizeQuota", IamLimits.InlineGroupAggregate), ("InstanceProfilesQuota", 1000), ("Policies", counts.Policies),
            ("GroupsPerUserQuota", IamLimits.GroupsPerUser), ("InstanceProfiles", 0), ("AttachedPoliciesPerUserQuota", IamLimits.AttachedPoliciesPerEntity),
            ("Users", counts.Users), ("PoliciesQuota", 1500), ("Providers", 0), ("AccountMFAEnabled", rootMfa ? 1 : 0),
            ("AccessKeysPerUserQuota", IamLimits.AccessKeysPerUser), ("AssumeRolePolicySizeQuota", IamLimits.TrustPolicySize),
            ("PolicyVersionsInUseQuota", 10000), ("GlobalEndpointTokenVersion", 1), ("VersionsPerPolicyQuota", IamLimits.VersionsPerPolicy),
            ("AttachedPoliciesPerGroupQuota", IamLimits.AttachedPoliciesPerEntity), ("PolicySizeQuota", IamLimits.ManagedPolicySize),
            ("Groups", counts.Groups), ("AccountSigningCertificatesPresent", 0), ("UsersQuota", 5000), ("ServerCertificatesQuota", 20),
            ("MFADevices", counts.MfaDevices), ("UserPolicySizeQuota", IamLimits.InlineUserAggregate), ("PolicyVersionsInUse", counts.PolicyVersionsInUse),
            ("ServerCertificates", 0), ("Roles", counts.Roles), ("RolesQuota", 1000), ("SigningCertificatesPerUserQuota", 2),
            ("MFADevicesInUse", counts.MfaDevicesInUse), ("RolePolicySizeQuota", IamLimits.InlineRoleAggregate),
            ("AttachedPoliciesPerRoleQuota", IamLimits.AttachedPoliciesPerEntity), ("AccountAccessKeysPresent", rootKeys > 0 ? 1 : 0),
            ("GroupsQuota", 300),
        };
        return Result.Of(Action, Result.Struct("SummaryMap", [.. entries.Select(e =>
            Result.Struct("entry", Result.Text("key", e.Key), Result.Number("value", e.Value)))]));
    }
}
