using RoleCall.Core.Otp;
using RoleCall.Iam.Actions.ConsoleAccess;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Iam.Passwords;

namespace RoleCall.Iam.SignIn;

/// <summary>
/// The console's sign-in, in AWS's steps: account (ID or alias) + user name + password, then an MFA code when
/// the user has a device, or a new password when PasswordResetRequired is set. Failed passwords and codes
/// count towards a lock (<see cref="SignInThrottle"/>). The result is a <see cref="Caller"/> whose session
/// lasts <see cref="UserSessionLength"/> and records whether MFA was used, so policies see
/// aws:MultiFactorAuthPresent as for the user's console session in AWS.
/// </summary>
public sealed class ConsoleSignIn
{
    public static readonly TimeSpan UserSessionLength = TimeSpan.FromHours(12);

    private readonly IamRuntime runtime;
    private readonly WriteGate writeGate;
    private readonly SignInThrottle throttle;

    internal ConsoleSignIn(IamRuntime runtime, WriteGate writeGate)
    {
        this.runtime = runtime;
        this.writeGate = writeGate;
        throttle = new SignInThrottle(runtime.Store, runtime.Clock);
    }

    /// <summary>The account ID for a 12-digit ID or an alias, or null when no hosted account matches.</summary>
    public string? ResolveAccount(string accountOrAlias)
    {
        var text = (accountOrAlias ?? "").Trim().Replace("-", "", StringComparison.Ordinal);
        if (text.Length == 12 && text.All(char.IsAsciiDigit))
        {
            return runtime.Store.FindAccount(text)?.AccountId;
        }

        var alias = accountOrAlias!.Trim();
        return runtime.Store.ListAccounts().FirstOrDefault(a => a.Aliases.Contains(alias, StringComparer.Ordinal))?.AccountId;
    }

    /// <summary>The password step; <paramref name="userName"/> null signs in as the account's root user.</summary>
    public SignInAttempt CheckPassword(string accountId, string? userName, string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var key = SignInThrottle.Key(accountId, userName);
        if (throttle.IsLocked(key))
        {
            return SignInAttempt.Refused(SignInStatus.LockedOut, accountId, userName);
        }

        var (profile, user) = Find(accountId, userName);
        if (profile is null || !PasswordHasher.Verify(password, profile.PasswordHash))
        {
            return SignInAttempt.Refused(throttle.Fail(key) ? SignInStatus.LockedOut : SignInStatus.Failed, accountId, userName);
        }

        // Root's device is assigned to the account ID (root's user ID, as STS sees it), by the console only.
        var owner = user?.Id ?? accountId;
        var device = runtime.Store.ListMfaDevices(accountId).FirstOrDefault(d => d.UserId == owner && d.EnableDate is not null);
        var status = device is not null ? SignInStatus.NeedsMfa : profile.PasswordResetRequired ? SignInStatus.NeedsNewPassword : SignInStatus.Succeeded;
        if (status == SignInStatus.Succeeded)
        {
            throttle.Succeed(key);
        }

        return new SignInAttempt(status, accountId, user?.Name, owner, device?.SerialNumber, profile.PasswordResetRequired);
    }

    /// <summary>The MFA step: a current code of the user's device, not used before (a reused code is refused).</summary>
    public bool CheckMfa(SignInAttempt attempt, string code)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        var key = SignInThrottle.Key(attempt.AccountId, attempt.UserName);
        var device = attempt.MfaSerial is null ? null : runtime.Store.FindMfaDevice(attempt.MfaSerial);
        var seed = device is null || device.UserId != attempt.UserId ? null : Base32.Decode(device.SeedBase32);
        var ok = !throttle.IsLocked(key) && seed is not null && code is not null
            && Totp.Match(seed, code.Trim(), runtime.Clock.GetUtcNow(), window: 1) is { } step
            && runtime.Store.TryUseMfaStep(device!.SerialNumber, step);
        if (ok)
        {
            throttle.Succeed(key);
        }
        else
        {
            throttle.Fail(key);
        }

        return ok;
    }

    /// <summary>The forced change: the new password must meet the account's password policy (PasswordPolicyViolation).</summary>
    public void SetNewPassword(SignInAttempt attempt, string newPassword)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        LoginProfiles.Validate(newPassword, "newPassword");
        using (writeGate.Enter())
        {
            var (profile, user) = Find(attempt.AccountId, attempt.UserName);
            if (profile is null || user is null)
            {
                return;
            }

            PasswordRules.Check(runtime.Store.FindAccount(attempt.AccountId)?.PasswordPolicy, newPassword, profile);
            runtime.Store.SaveEntity(user with { LoginProfile = LoginProfiles.WithPassword(profile, newPassword, runtime.Clock.GetUtcNow(), resetRequired: false) });
        }
    }

    /// <summary>The signed-in identity: the root user or the IAM user, with a 12-hour console session.</summary>
    public Caller Complete(SignInAttempt attempt, bool withMfa)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        var now = runtime.Clock.GetUtcNow();
        var session = new SessionContext(now, now + UserSessionLength, withMfa, withMfa ? now : null, IssuedBy: "signin.aws.amazon.com");
        return attempt.IsRoot
            ? new Caller(PrincipalKind.Root, attempt.AccountId, $"arn:aws:iam::{attempt.AccountId}:root", attempt.AccountId, "console", session)
            : new Caller(PrincipalKind.User, attempt.AccountId, ((IamUser)runtime.Store.FindEntityById(attempt.UserId!)!).Arn, attempt.UserId!, "console", session);
    }

    /// <summary>
    /// "Assign MFA device" for the root user: as on AWS, only the console assigns root's device (EnableMFADevice
    /// needs a user name). The device, created by root with CreateVirtualMFADevice, is assigned to the account
    /// ID, root's user ID: ListMFADevices, GetAccountSummary (AccountMFAEnabled) and STS's MFA checks then see it.
    /// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable_cliapi.html
    /// </summary>
    public void EnableRootMfa(Caller root, string serialNumber, string code1, string code2)
    {
        ArgumentNullException.ThrowIfNull(root);
        if (root.Kind != PrincipalKind.Root)
        {
            throw Core.Errors.AwsServiceException.AccessDenied("Only the root user assigns the root user's MFA device.");
        }

        using (writeGate.Enter())
        {
            var device = runtime.Store.FindMfaDevice(serialNumber ?? "");
            if (device is null || device.AccountId != root.AccountId)
            {
                throw Validation.IamErrors.NoSuchMfaDevice(serialNumber ?? "");
            }

            if (device.IsAssigned)
            {
                throw Validation.IamErrors.MfaInUse();
            }

            var now = runtime.Clock.GetUtcNow();
            var step = Actions.Mfa.MfaCodes.Consecutive(device, (code1 ?? "").Trim(), (code2 ?? "").Trim(), now)
                ?? throw Validation.IamErrors.InvalidAuthenticationCode();
            runtime.Store.SaveMfaDevice(device with { UserId = root.AccountId, EnableDate = now, LastUsedStep = step });
        }
    }

    /// <summary>Sets the root user's console password: the given one, else a generated one (returned, to print once).</summary>
    internal string? EnsureRootPassword(string accountId, string? password)
    {
        var account = runtime.Store.FindAccount(accountId) ?? throw new InvalidOperationException($"account {accountId} does not exist");
        if (password is null && account.RootLoginProfile is not null)
        {
            return null;
        }

        var generated = password is null ? RootPasswords.Generate() : null;
        if (password is not null && account.RootLoginProfile is { } current && PasswordHasher.Verify(password, current.PasswordHash))
        {
            return null;
        }

        var profile = new LoginProfile(PasswordHasher.Hash(password ?? generated!), runtime.Clock.GetUtcNow(), PasswordResetRequired: false);
        runtime.Store.SaveAccount(account with { RootLoginProfile = profile });
        return generated;
    }

    private (LoginProfile? Profile, IamUser? User) Find(string accountId, string? userName)
    {
        if (userName is null)
        {
            return (runtime.Store.FindAccount(accountId)?.RootLoginProfile, null);
        }

        var user = runtime.Store.FindEntity(accountId, EntityKind.User, userName) as IamUser;
        return (user?.LoginProfile, user);
    }
}
