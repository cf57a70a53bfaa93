namespace RoleCall.Web.Pages;

/// <summary>The Switch role form, filled from the deep link (`/switchrole?account=&amp;roleName=&amp;displayName=&amp;color=`) or a failed attempt.</summary>
public sealed record SwitchRoleModel(PageChrome Chrome, string Account, string RoleName, string DisplayName, string Color);
