namespace RoleCall.Policy.Parsing;

/// <summary>
/// What a policy document is attached to; it decides which fields are required and which are prohibited.
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html
/// </summary>
public enum PolicyKind
{
    /// <summary>Inline or managed policy of a user, group or role: Action + Resource, no Principal.</summary>
    Identity,

    /// <summary>A role's trust policy (AssumeRolePolicyDocument): Principal required, Resource prohibited.</summary>
    Trust,

    /// <summary>Any other resource-based policy (e.g. SimulateCustomPolicy's ResourcePolicy): Principal required.</summary>
    Resource,

    /// <summary>A session policy (AssumeRole's Policy/PolicyArns, GetFederationToken): identity rules.</summary>
    Session,

    /// <summary>A permissions boundary (a managed policy used as a boundary): identity rules.</summary>
    Boundary,
}
