namespace RoleCall.Iam.Policies;

/// <summary>
/// Which grammar a policy document must follow: identity/boundary (no Principal, needs Resource), a managed
/// policy (identity rules, and Version 2012-10-17 only) or trust (needs Principal, no Resource).
/// </summary>
public enum PolicyDocumentKind
{
    Identity,
    Trust,
    Managed,
}
