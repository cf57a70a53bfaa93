namespace RoleCall.IdentityCenter.Model;

/// <summary>
/// An authorization code (OAuth's authorization-code grant with PKCE, RFC 7636): issued when a signed-in user
/// allows a client on /authorize, redeemed once by that client at /token with the code verifier.
/// </summary>
/// <param name="Id">The SHA-256 of the code.</param>
/// <param name="Scope">The instance ARN.</param>
/// <param name="ClientId">The client it was issued to.</param>
/// <param name="UserId">The identity-store user who allowed it.</param>
/// <param name="RedirectUri">The redirect URI it was sent to; CreateToken must name the same one.</param>
/// <param name="CodeChallenge">BASE64URL(SHA-256(code_verifier)) (method S256).</param>
/// <param name="ExpiresAt">When the code stops working.</param>
public sealed record AuthorizationCode(string Id, string Scope, string ClientId, string UserId, string RedirectUri, string CodeChallenge, DateTimeOffset ExpiresAt) : IcItem(Id, Scope)
{
    public bool Redeemed { get; init; }
}
