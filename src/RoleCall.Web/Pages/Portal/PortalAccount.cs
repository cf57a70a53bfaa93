namespace RoleCall.Web.Pages.Portal;

/// <summary>One row of "AWS accounts": the account's name, ID and e-mail, and the permission sets the user has there.</summary>
public sealed record PortalAccount(string Id, string Name, string Email, IReadOnlyList<string> PermissionSets)
{
    /// <summary>The "Management console" link of one permission set (GET, as AWS's portal: it signs in to the console).</summary>
    public string ConsoleHref(string permissionSet) => Href("/start/console", permissionSet);

    /// <summary>The "Command line or programmatic access" link: the page again, with the credentials dialog open.</summary>
    public string AccessKeysHref(string permissionSet) => Href("/start/credentials", permissionSet);

    private string Href(string path, string permissionSet) =>
        $"{path}?account_id={Uri.EscapeDataString(Id)}&role_name={Uri.EscapeDataString(permissionSet)}";
}
