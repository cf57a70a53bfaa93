namespace RoleCall.IdentityCenter.Model;

/// <summary>A registered OIDC public client (RegisterClient). The secret is stored hashed.</summary>
public sealed record OidcClient(string Id, string Scope, string ClientName, string SecretHash, DateTimeOffset IssuedAt, DateTimeOffset SecretExpiresAt) : IcItem(Id, Scope)
{
    public IReadOnlyList<string> Scopes { get; init; } = [];
}
