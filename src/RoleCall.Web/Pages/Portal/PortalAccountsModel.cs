namespace RoleCall.Web.Pages.Portal;

/// <summary>The portal's home: the accounts the user may access, one of them opened, and the credentials dialog when asked for.</summary>
public sealed record PortalAccountsModel(PortalChrome Chrome, IReadOnlyList<PortalAccount> Accounts, string? OpenAccountId, AccessKeysModel? AccessKeys);
