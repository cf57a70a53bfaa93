namespace RoleCall.IdentityCenter.Model;

/// <summary>
/// Everything Identity Center keeps: an ID, the scope it lives in (an identity store ID, an instance ARN, a
/// client ID) and, for kinds with one, a name unique within that scope (case-insensitive, as AWS compares
/// user names and permission set names). The store enforces that uniqueness.
/// </summary>
public abstract record IcItem(string Id, string Scope)
{
    /// <summary>The name unique within <see cref="Scope"/>, or null for kinds without one.</summary>
    public virtual string? UniqueName => null;
}
