namespace RoleCall.Web.Sessions;

/// <summary>One Switch role form as submitted: account (ID), role name with its path, display name and colour.</summary>
public sealed record RoleChoice(string Account, string RoleName, string DisplayName, string Color)
{
    public bool SameRole(RoleChoice other) =>
        other is not null && Account == other.Account && string.Equals(RoleName, other.RoleName, StringComparison.OrdinalIgnoreCase);
}
