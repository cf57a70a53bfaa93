namespace RoleCall.Iam.Policies;

/// <summary>Which grammar a policy document must follow: identity/boundary (no Principal, needs Resource) or trust (needs Principal, no Resource).</summary>
public enum PolicyDocumentKind
{
    Identity,
    Trust,
}
