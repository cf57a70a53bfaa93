namespace RoleCall.Policy.Parsing;

/// <summary>
/// IAM's policy size quotas count characters excluding whitespace. The parser does not enforce them because
/// some are aggregates (all inline policies of a user); the IAM handlers and `policy check` use these.
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
/// </summary>
public static class PolicySize
{
    public const int ManagedPolicy = 6144;
    public const int TrustPolicy = 2048;
    public const int SessionPolicy = 2048;
    public const int UserInlineAggregate = 2048;
    public const int GroupInlineAggregate = 5120;
    public const int RoleInlineAggregate = 10240;

    /// <summary>The characters IAM counts: everything but whitespace.</summary>
    public static int Measure(string document) => document.Count(c => !char.IsWhiteSpace(c));

    /// <summary>The quota a single document of this kind is held to (managed-policy size for identity and boundary).</summary>
    public static int LimitFor(PolicyKind kind) => kind switch
    {
        PolicyKind.Trust => TrustPolicy,
        PolicyKind.Session => SessionPolicy,
        PolicyKind.Resource => 20480,
        _ => ManagedPolicy,
    };
}
