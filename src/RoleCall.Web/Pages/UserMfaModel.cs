namespace RoleCall.Web.Pages;

/// <summary>
/// A user's page offers "Assign MFA device" for that user (as AWS's Users, user, Security credentials tab
/// does): the user's name for the forms, and the device being assigned (QR code, secret) once one was created.
/// </summary>
public sealed record UserMfaModel(string UserName, NewMfaDevice? Assigning)
{
    /// <summary>Where the page's forms post: the user's own page.</summary>
    public string Action => "/console/iam/users/" + Uri.EscapeDataString(UserName);
}
