namespace RoleCall.Web.Portal;

/// <summary>What a half-finished portal sign-in still needs after a correct password.</summary>
public enum PortalStep
{
    /// <summary>The password was a one-time password: choose a new one.</summary>
    NewPassword,

    /// <summary>The user has an MFA device: enter its code.</summary>
    Mfa,

    /// <summary>The instance requires MFA and the user has no device yet: register one.</summary>
    RegisterMfa,
}
