namespace RoleCall.Policy.Authorization;

/// <summary>
/// Why a request was denied, in the terms of AWS's AccessDenied messages ("with an explicit deny in a
/// permissions boundary", "because no identity-based policy allows the ... action").
/// </summary>
public enum DenialReason
{
    None = 0,
    ExplicitDenyInIdentityPolicy,
    ExplicitDenyInResourcePolicy,
    ExplicitDenyInPermissionsBoundary,
    ExplicitDenyInSessionPolicy,
    NoIdentityPolicyAllows,
    NoResourcePolicyAllows,
    NoPermissionsBoundaryAllows,
    NoSessionPolicyAllows,

    /// <summary>A statement could not be evaluated; the engine fails closed.</summary>
    EvaluationError,
}
