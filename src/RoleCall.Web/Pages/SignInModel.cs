namespace RoleCall.Web.Pages;

/// <summary>The sign-in form: account ID or alias, IAM user or root, user name and password.</summary>
public sealed record SignInModel(PageChrome Chrome, string Account, string UserName, bool Root);

/// <summary>The second step: an MFA code, or a new password when the old one must be changed.</summary>
public sealed record SignInStepModel(PageChrome Chrome, string Who);
