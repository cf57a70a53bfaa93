namespace RoleCall.Policy.Model;

/// <summary>
/// A compiled Principal or NotPrincipal element, split by form so matching is a few set lookups.
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
/// </summary>
internal sealed class PrincipalSet
{
    /// <summary>NotPrincipal: the statement applies to everyone the set does NOT name.</summary>
    public bool Negated { get; init; }

    /// <summary>`"Principal": "*"`: everyone, anonymous callers and services included.</summary>
    public bool Everyone { get; set; }

    /// <summary>`{"AWS": "*"}`: every AWS principal (IAM users, roles, sessions, roots of every account).</summary>
    public bool AnyAws { get; set; }

    /// <summary>Accounts named by ID or root ARN: delegates to the account's own identity policies.</summary>
    public HashSet<string> Accounts { get; } = new(StringComparer.Ordinal);

    /// <summary>User, role, assumed-role session and federated-user ARNs named exactly.</summary>
    public HashSet<string> Arns { get; } = new(StringComparer.Ordinal);

    /// <summary>Unique IDs (AIDA..., AROA...) that IAM keeps in place of an ARN.</summary>
    public HashSet<string> UniqueIds { get; } = new(StringComparer.Ordinal);

    /// <summary>Service principals (`ec2.amazonaws.com`), compared case-insensitively.</summary>
    public HashSet<string> Services { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Web identity and SAML providers (`cognito-identity.amazonaws.com`, a saml-provider ARN).</summary>
    public HashSet<string> Federated { get; } = new(StringComparer.OrdinalIgnoreCase);

    public HashSet<string> CanonicalUsers { get; } = new(StringComparer.Ordinal);
}
