using RoleCall.Iam.Handlers;
using RoleCall.Core.Otp;
using RoleCall.Iam.Model;

namespace RoleCall.Iam.Sts.Mfa;

/// <summary>
/// Checks AssumeRole's and GetSessionToken's `SerialNumber` + `TokenCode`: the device must be an enabled
/// virtual MFA device of the calling IAM user; the code must be the current RFC 6238 code or a neighbouring
/// step's; and a step already accepted for the device (a replay) is refused through the store's atomic
/// <see cref="Store.IIamStore.TryUseMfaStep"/>. Returns when the caller authenticated with MFA.
/// </summary>
internal static class MfaVerifier
{
    /// <summary>Null when no MFA was offered; otherwise the time of authentication, or an AccessDenied thrown.</summary>
    public static DateTimeOffset? Verify(ActionContext context, string? serialNumber, string? tokenCode)
    {
        if (serialNumber is null && tokenCode is null)
        {
            return null;
        }

        if (serialNumber is null)
        {
            throw StsErrors.UnknownMfaSerial();
        }

        var device = context.Store.FindMfaDevice(serialNumber);
        if (device is null || device.EnableDate is null || !BelongsToCaller(device, context.Caller))
        {
            throw StsErrors.UnknownMfaSerial();
        }

        var seed = Base32.Decode(device.SeedBase32);
        if (tokenCode is null || seed is null)
        {
            throw StsErrors.InvalidMfaCode();
        }

        // A code accepted once (here or by EnableMFADevice) cannot be used again: the store refuses an old step.
        return Totp.Match(seed, tokenCode, context.Now, window: 1) is { } step && context.Store.TryUseMfaStep(serialNumber, step)
            ? context.Now
            : throw StsErrors.InvalidMfaCode();
    }

    /// <summary>An IAM user's own device; role sessions and federated users have no MFA devices.</summary>
    private static bool BelongsToCaller(MfaDevice device, Caller caller) =>
        caller.Kind == PrincipalKind.User
        && string.Equals(device.AccountId, caller.AccountId, StringComparison.Ordinal)
        && string.Equals(device.UserId, caller.UserId, StringComparison.Ordinal);
}
