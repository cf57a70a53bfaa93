namespace RoleCall.IdentityCenter.Model;

/// <summary>One e-mail address of an identity-store user.</summary>
public sealed record StoreEmail(string Value, string? Type, bool Primary);
