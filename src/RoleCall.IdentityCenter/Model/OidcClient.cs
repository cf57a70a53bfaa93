namespace RoleCall.IdentityCenter.Model;

/// <summary>A registered OIDC public client (RegisterClient). The secret is stored hashed.</summary>
public sealed record OidcClient(string Id, string Scope, string ClientName, string SecretHash, DateTimeOffset IssuedAt, DateTimeOffset SecretExpiresAt) : IcItem(Id, Scope)
{
    public IReadOnlyList<string> Scopes { get; init; } = [];

    /// <summary>The grants the client registered for (`authorization_code`, `refresh_token`); empty: the device flow's.</summary>
    public IReadOnlyList<string> GrantTypes { get; init; } = [];

    /// <summary>Where /authorize may send codes; a loopback URI matches on any port (RFC 8252 7.3).</summary>
    public IReadOnlyList<string> RedirectUris { get; init; } = [];
}
