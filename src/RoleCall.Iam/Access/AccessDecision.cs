using RoleCall.Policy.Authorization;

namespace RoleCall.Iam.Access;

/// <summary>
/// The engine's answer to an <see cref="AccessRequest"/>: allowed or not, and why not (which policy type
/// denied or failed to allow), so each service can word its own AccessDenied.
/// </summary>
public sealed record AccessDecision(bool IsAllowed, DenialReason Reason, string DeniedMessage)
{
    /// <summary>
    /// For a denial: the decision's details (principal, action, resource, condition keys, deciding statements),
    /// encrypted as AWS's encoded authorization messages are; `sts decode-authorization-message` on this server
    /// reads it back. EC2 puts it in UnauthorizedOperation.
    /// </summary>
    public string? EncodedMessage { get; init; }

    public static AccessDecision Allowed { get; } = new(true, DenialReason.None, string.Empty);
}
