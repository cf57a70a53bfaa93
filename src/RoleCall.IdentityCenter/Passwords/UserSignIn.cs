using RoleCall.IdentityCenter.Model;
using RoleCall.IdentityCenter.Store;
using RoleCall.Core.Otp;
using RoleCall.Iam.Passwords;
using RoleCall.Iam.SignIn;

namespace RoleCall.IdentityCenter.Passwords;

/// <summary>
/// Sign-in of identity-store users (the portal and the device page): user name and password, a forced
/// change of a one-time password, and the console's lockout after repeated failures (<see cref="SignInFailures"/>),
/// counted in the IAM store so that replicas count together.
/// </summary>
public sealed class UserSignIn(IIdentityCenterStore store, InstanceDirectory instances, SignInThrottle throttle, TimeProvider clock)
{
    /// <summary>The user when the password is theirs; otherwise Failed or Locked, saying nothing about which part was wrong.</summary>
    public SignInResult SignIn(string userName, string password)
    {
        ArgumentNullException.ThrowIfNull(userName);
        var storeId = instances.Instance.IdentityStoreId;
        var key = Key(storeId, userName);
        if (throttle.IsLocked(key))
        {
            return SignInResult.Locked;
        }

        var user = store.FindByName<StoreUser>(storeId, userName);
        if (user?.Password is null || !PasswordHasher.Verify(password, user.Password))
        {
            return throttle.Fail(key) ? SignInResult.Locked : SignInResult.Failed;
        }

        throttle.Succeed(key);
        return new SignInResult(user, user.PasswordResetRequired ? SignInOutcome.MustChangePassword : SignInOutcome.SignedIn);
    }

    /// <summary>The user by ID (a portal session's user), or null when deleted since.</summary>
    public StoreUser? Find(string userId) => store.Find<StoreUser>(userId);

    /// <summary>
    /// True when <paramref name="code"/> is the user's current TOTP code (one step of drift either way) and newer
    /// than the last accepted one, which it then becomes: a code is accepted once, across replicas too (the
    /// last step is read again and moved inside the store's write scope).
    /// </summary>
    public bool CheckMfa(StoreUser user, string code)
    {
        ArgumentNullException.ThrowIfNull(user);
        var key = Key(user.Scope, user.UserName);
        if (throttle.IsLocked(key))
        {
            return false;
        }

        using (store.EnterWriteScope())
        {
            if (store.Find<StoreUser>(user.Id) is not { } current || current.MfaSeed is null || Base32.Decode(current.MfaSeed) is not { } seed
                || Totp.Match(seed, code ?? "", clock.GetUtcNow()) is not { } step || step <= current.MfaLastStep)
            {
                throttle.Fail(key);
                return false;
            }

            store.Save(current with { MfaLastStep = step });
        }

        throttle.Succeed(key);
        return true;
    }

    /// <summary>The lockout's key: the identity store and the user name, as sign-in matches it (ignoring case).</summary>
    private static string Key(string identityStoreId, string userName) => $"identitystore:{identityStoreId}/{userName.ToLowerInvariant()}";

    /// <summary>True when the instance requires every user to have an MFA device (checked at each sign-in).</summary>
    public bool MfaRequired => instances.Instance.MfaRequired;

    /// <summary>
    /// Registers a virtual MFA device from its Base32 seed and two consecutive codes (as IAM's EnableMFADevice
    /// asks); the later code's step counts as used. Returns why it was refused, or null.
    /// </summary>
    public string? RegisterMfa(StoreUser user, string seedBase32, string code1, string code2)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (Base32.Decode(seedBase32) is not { } seed)
        {
            return "The MFA secret is not valid: start the registration again.";
        }

        if (Totp.Match(seed, code2?.Trim() ?? "", clock.GetUtcNow(), window: 2) is not { } step || Totp.Code(seed, step - 1) != code1?.Trim())
        {
            return "The two MFA codes are not consecutive codes of this device. Enter two codes in a row from your app.";
        }

        Update(user.Id, current => current with { MfaSeed = seedBase32, MfaLastStep = step });
        return null;
    }

    /// <summary>Sets a new password (at least 8 characters, not the old one) and clears the reset flag.</summary>
    public string? ChangePassword(StoreUser user, string newPassword)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(newPassword);
        if (newPassword.Length < 8)
        {
            return "The new password must have at least 8 characters.";
        }

        if (user.Password is not null && PasswordHasher.Verify(newPassword, user.Password))
        {
            return "The new password must differ from the current one.";
        }

        Update(user.Id, current => current with { Password = PasswordHasher.Hash(newPassword), PasswordResetRequired = false });
        return null;
    }

    /// <summary>Changes the stored user as it is now, not the caller's older copy, so no other change is overwritten.</summary>
    private void Update(string userId, Func<StoreUser, StoreUser> change)
    {
        using (store.EnterWriteScope())
        {
            if (store.Find<StoreUser>(userId) is { } current)
            {
                store.Save(change(current));
            }
        }
    }
}
