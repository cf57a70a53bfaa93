namespace RoleCall.Policy.Authorization;

/// <summary>Which input list of an <see cref="AuthorizationRequest"/> a policy came from.</summary>
public enum PolicyLayer
{
    Identity,
    Resource,
    PermissionsBoundary,
    Session,
}
