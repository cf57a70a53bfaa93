namespace RoleCall.IdentityCenter.Model;

/// <summary>An access or refresh token issued to a user through a client, stored by the SHA-256 of the token.</summary>
public sealed record PortalToken(string Id, string Scope, string Kind, string UserId, string InstanceArn, DateTimeOffset ExpiresAt) : IcItem(Id, Scope)
{
    public const string Access = "access";
    public const string Refresh = "refresh";

    public bool Revoked { get; init; }
}
