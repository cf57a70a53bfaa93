namespace RoleCall.Iam.Model;

/// <summary>
/// What a set of temporary credentials carries into every request signed with them: when and how it was
/// issued (MFA), the role it is a session of, and the session policies and tags that narrow or describe it.
/// The role's own policies are NOT copied here: they are read at request time, so detaching a policy from the
/// role takes effect on live sessions.
/// </summary>
public sealed record SessionContext(
    DateTimeOffset IssuedAt,
    DateTimeOffset Expiration,
    bool MultiFactorAuthPresent,
    DateTimeOffset? MultiFactorAuthTime = null,
    string? RoleArn = null,
    string? SourceIdentity = null,
    IReadOnlyList<string>? SessionPolicies = null,
    IReadOnlyDictionary<string, string>? Tags = null,
    IReadOnlyList<string>? TransitiveTagKeys = null,
    string? IssuedBy = null)
{
    /// <summary>The source of a GetSessionToken/GetFederationToken session: which limits AWS puts on it.</summary>
    public string? TokenKind { get; init; }
}
