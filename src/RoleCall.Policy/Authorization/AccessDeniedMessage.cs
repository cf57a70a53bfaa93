namespace RoleCall.Policy.Authorization;

/// <summary>
/// AWS's AccessDenied wording for a denied decision: "User: ARN is not authorized to perform: ACTION on
/// resource: ARN because no identity-based policy allows the ACTION action" and its variants.
/// </summary>
public static class AccessDeniedMessage
{
    public static string For(AuthorizationResult result, string principalArn, string action, string resource)
    {
        var head = $"User: {principalArn} is not authorized to perform: {action} on resource: {resource}";
        var tail = result.Reason switch
        {
            DenialReason.ExplicitDenyInIdentityPolicy => " with an explicit deny in an identity-based policy",
            DenialReason.ExplicitDenyInResourcePolicy => " with an explicit deny in a resource-based policy",
            DenialReason.ExplicitDenyInPermissionsBoundary => " with an explicit deny in a permissions boundary",
            DenialReason.ExplicitDenyInSessionPolicy => " with an explicit deny in a session policy",
            DenialReason.NoIdentityPolicyAllows => $" because no identity-based policy allows the {action} action",
            DenialReason.NoResourcePolicyAllows => $" because no resource-based policy allows the {action} action",
            DenialReason.NoPermissionsBoundaryAllows => $" because no permissions boundary allows the {action} action",
            DenialReason.NoSessionPolicyAllows => $" because no session policy allows the {action} action",
            _ => string.Empty,
        };
        return head + tail;
    }
}
