using RoleCall.Core.Errors;
using RoleCall.Policy.Authorization;

namespace RoleCall.Iam.Authorization;

/// <summary>
/// AccessDenied worded as AWS words it since 2021: the caller, the action, the resource and which policy
/// type denied ("with an explicit deny in a permissions boundary") or failed to allow ("because no
/// identity-based policy allows the iam:ListRoles action").
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html
/// </summary>
internal static class AccessDeniedMessages
{
    public static AwsServiceException Denied(string callerArn, string action, string resource, DenialReason reason) =>
        AwsServiceException.AccessDenied($"User: {callerArn} is not authorized to perform: {action} on resource: {resource} {Because(action, reason)}");

    /// <summary>What GetSessionToken/GetFederationToken credentials may never do, whatever their policies say.</summary>
    public static AwsServiceException NotPermittedForSessionType(string callerArn, string action, string resource) =>
        AwsServiceException.AccessDenied($"User: {callerArn} is not authorized to perform: {action} on resource: {resource} because no session policy allows the {action} action");

    private static string Because(string action, DenialReason reason) => reason switch
    {
        DenialReason.ExplicitDenyInIdentityPolicy => "with an explicit deny in an identity-based policy",
        DenialReason.ExplicitDenyInResourcePolicy => "with an explicit deny in a resource-based policy",
        DenialReason.ExplicitDenyInPermissionsBoundary => "with an explicit deny in a permissions boundary",
        DenialReason.ExplicitDenyInSessionPolicy => "with an explicit deny in a session policy",
        DenialReason.NoPermissionsBoundaryAllows => $"because no permissions boundary allows the {action} action",
        DenialReason.NoSessionPolicyAllows => $"because no session policy allows the {action} action",
        DenialReason.NoResourcePolicyAllows => $"because no resource-based policy allows the {action} action",
        _ => $"because no identity-based policy allows the {action} action",
    };
}
