namespace RoleCall.Iam.Federation;

/// <summary>What Identity Center provisions in an account for one permission set.</summary>
/// <param name="Name">`AWSReservedSSO_&lt;PermissionSet&gt;_&lt;16 hex&gt;`.</param>
/// <param name="TrustPolicy">Names the account's `AWSSSO_..._DO_NOT_DELETE` SAML provider.</param>
/// <param name="MaxSessionDuration">Seconds: the permission set's session duration.</param>
/// <param name="ManagedPolicyArns">The AWS managed policies attached to the role.</param>
/// <param name="InlinePolicy">The permission set's inline policy, or null.</param>
public sealed record ReservedRoleSpec(
    string Name,
    string TrustPolicy,
    IReadOnlyList<string> ManagedPolicyArns,
    string? InlinePolicy,
    int MaxSessionDuration);

/// <summary>Temporary credentials handed out for a reserved role (the portal's GetRoleCredentials).</summary>
public sealed record IssuedRoleCredentials(string AccessKeyId, string SecretAccessKey, string SessionToken, DateTimeOffset Expiration);
