namespace RoleCall.Iam.SignIn;

/// <summary>
/// The result of the password step: who (user name null for root), and what comes next. Carries no secret, so
/// the console may keep it between the password and the MFA or new-password pages.
/// </summary>
public sealed record SignInAttempt(SignInStatus Status, string AccountId, string? UserName, string? UserId, string? MfaSerial, bool ResetRequired)
{
    public bool IsRoot => UserName is null;

    public static SignInAttempt Refused(SignInStatus status, string accountId, string? userName) => new(status, accountId, userName, null, null, false);
}
