namespace RoleCall.IdentityCenter.Model;

/// <summary>A principal (USER or GROUP) granted a permission set in one account.</summary>
public sealed record AccountAssignment(string Id, string Scope, string AccountId, string PermissionSetArn, string PrincipalType, string PrincipalId)
    : IcItem(Id, Scope)
{
    public override string? UniqueName => Key(AccountId, PermissionSetArn, PrincipalType, PrincipalId);

    public static string Key(string accountId, string permissionSetArn, string principalType, string principalId) =>
        $"{accountId}|{permissionSetArn}|{principalType}|{principalId}";
}
