using RoleCall.Core.Errors;

namespace RoleCall.Iam.Access;

/// <summary>
/// The authorization API every service on `rolecall serve` calls: the engine IAM and STS use, with the
/// caller's identity policies, permissions boundary and session policies, plus the resource's own policy.
/// Same account: either side may allow. Cross-account: both must. Root is allowed in its own account and
/// needs the resource policy elsewhere. https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html
/// </summary>
public interface IAccessAuthorizer
{
    /// <summary>Decides without throwing.</summary>
    AccessDecision Decide(AccessRequest request);

    /// <summary>Decides; throws AWS's AccessDenied (IAM's wording: caller, action, resource, reason) when not allowed.</summary>
    /// <exception cref="AwsServiceException">AccessDenied, 403.</exception>
    void Authorize(AccessRequest request);
}
