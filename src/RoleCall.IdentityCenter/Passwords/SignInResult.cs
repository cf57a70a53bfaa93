using RoleCall.IdentityCenter.Model;

namespace RoleCall.IdentityCenter.Passwords;

/// <summary>A sign-in's outcome and, when the password was right, the user.</summary>
public sealed record SignInResult(StoreUser? User, SignInOutcome Outcome)
{
    public static SignInResult Failed { get; } = new(null, SignInOutcome.Failed);

    public static SignInResult Locked { get; } = new(null, SignInOutcome.Locked);
}
