using RoleCall.Policy.Authorization;

namespace RoleCall.Iam.Access;

/// <summary>
/// The engine's answer to an <see cref="AccessRequest"/>: allowed or not, and why not (which policy type
/// denied or failed to allow), so each service can word its own AccessDenied.
/// </summary>
public sealed record AccessDecision(bool IsAllowed, DenialReason Reason, string DeniedMessage)
{
    public static AccessDecision Allowed { get; } = new(true, DenialReason.None, string.Empty);
}
