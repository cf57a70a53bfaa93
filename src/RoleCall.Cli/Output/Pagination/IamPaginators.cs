using System.Collections.Frozen;

namespace RoleCall.Cli.Output.Pagination;

/// <summary>
/// The IAM operations the AWS CLI paginates automatically, from botocore's data/iam/2010-05-08/paginators-1.json
/// (botocore 1.43.11). Every one uses Marker / IsTruncated / MaxItems.
/// </summary>
internal static class IamPaginators
{
    private static readonly FrozenDictionary<string, PaginatorConfig> ByOperation = new Dictionary<string, PaginatorConfig>(StringComparer.Ordinal)
    {
        ["GetAccountAuthorizationDetails"] = PaginatorConfig.IamMarker("UserDetailList", "GroupDetailList", "RoleDetailList", "Policies"),
        ["GetGroup"] = PaginatorConfig.IamMarker("Users") with { NonAggregateKeys = ["Group"] },
        ["ListAccessKeys"] = PaginatorConfig.IamMarker("AccessKeyMetadata"),
        ["ListAccountAliases"] = PaginatorConfig.IamMarker("AccountAliases"),
        ["ListAttachedGroupPolicies"] = PaginatorConfig.IamMarker("AttachedPolicies"),
        ["ListAttachedRolePolicies"] = PaginatorConfig.IamMarker("AttachedPolicies"),
        ["ListAttachedUserPolicies"] = PaginatorConfig.IamMarker("AttachedPolicies"),
        ["ListEntitiesForPolicy"] = PaginatorConfig.IamMarker("PolicyGroups", "PolicyUsers", "PolicyRoles"),
        ["ListGroupPolicies"] = PaginatorConfig.IamMarker("PolicyNames"),
        ["ListGroups"] = PaginatorConfig.IamMarker("Groups"),
        ["ListGroupsForUser"] = PaginatorConfig.IamMarker("Groups"),
        ["ListInstanceProfileTags"] = PaginatorConfig.IamMarker("Tags"),
        ["ListInstanceProfiles"] = PaginatorConfig.IamMarker("InstanceProfiles"),
        ["ListInstanceProfilesForRole"] = PaginatorConfig.IamMarker("InstanceProfiles"),
        ["ListMFADeviceTags"] = PaginatorConfig.IamMarker("Tags"),
        ["ListMFADevices"] = PaginatorConfig.IamMarker("MFADevices"),
        ["ListOpenIDConnectProviderTags"] = PaginatorConfig.IamMarker("Tags"),
        ["ListPolicies"] = PaginatorConfig.IamMarker("Policies"),
        ["ListPolicyTags"] = PaginatorConfig.IamMarker("Tags"),
        ["ListPolicyVersions"] = PaginatorConfig.IamMarker("Versions"),
        ["ListRolePolicies"] = PaginatorConfig.IamMarker("PolicyNames"),
        ["ListRoleTags"] = PaginatorConfig.IamMarker("Tags"),
        ["ListRoles"] = PaginatorConfig.IamMarker("Roles"),
        ["ListSAMLProviderTags"] = PaginatorConfig.IamMarker("Tags"),
        ["ListSSHPublicKeys"] = PaginatorConfig.IamMarker("SSHPublicKeys"),
        ["ListServerCertificateTags"] = PaginatorConfig.IamMarker("Tags"),
        ["ListServerCertificates"] = PaginatorConfig.IamMarker("ServerCertificateMetadataList"),
        ["ListSigningCertificates"] = PaginatorConfig.IamMarker("Certificates"),
        ["ListUserPolicies"] = PaginatorConfig.IamMarker("PolicyNames"),
        ["ListUserTags"] = PaginatorConfig.IamMarker("Tags"),
        ["ListUsers"] = PaginatorConfig.IamMarker("Users"),
        ["ListVirtualMFADevices"] = PaginatorConfig.IamMarker("VirtualMFADevices"),
        ["SimulateCustomPolicy"] = PaginatorConfig.IamMarker("EvaluationResults"),
        ["SimulatePrincipalPolicy"] = PaginatorConfig.IamMarker("EvaluationResults"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The paginator of an IAM operation (`ListRoles`), or null when the AWS CLI does not paginate it.</summary>
    public static PaginatorConfig? For(string operation) => ByOperation.GetValueOrDefault(operation);
}
