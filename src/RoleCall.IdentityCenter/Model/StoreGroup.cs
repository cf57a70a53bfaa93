namespace RoleCall.IdentityCenter.Model;

/// <summary>An identity-store group; DisplayName is unique within the store.</summary>
public sealed record StoreGroup(string Id, string Scope, string DisplayName, string? Description) : IcItem(Id, Scope)
{
    public override string? UniqueName => DisplayName;
}
