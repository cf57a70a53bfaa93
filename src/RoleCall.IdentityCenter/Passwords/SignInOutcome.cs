namespace RoleCall.IdentityCenter.Passwords;

/// <summary>How a sign-in ended.</summary>
public enum SignInOutcome
{
    Failed,
    Locked,
    MustChangePassword,
    SignedIn,
}
