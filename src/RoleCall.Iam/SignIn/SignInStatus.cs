namespace RoleCall.Iam.SignIn;

/// <summary>Where a console sign-in stands after the password step.</summary>
public enum SignInStatus
{
    /// <summary>Wrong account, user or password: one message for all three, as AWS shows.</summary>
    Failed,

    /// <summary>Too many failures: refused without checking the password until the lock ends.</summary>
    LockedOut,

    /// <summary>The password is right; the user has an MFA device, so a code comes next.</summary>
    NeedsMfa,

    /// <summary>The password is right and PasswordResetRequired is set: a new password comes next.</summary>
    NeedsNewPassword,

    Succeeded,
}
