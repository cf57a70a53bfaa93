using RoleCall.Core.Otp;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Iam.Validation;

namespace RoleCall.Iam.Actions.Mfa;

/// <summary>
/// Shared by EnableMFADevice and ResyncMFADevice: the serial parameter, and the check that two codes are
/// consecutive RFC 6238 codes of the device around now (one step of clock drift either way).
/// </summary>
internal static class MfaCodes
{
    public static string ReadSerial(ActionContext context)
    {
        var serial = context.Parameters.Required("SerialNumber");
        IamValidation.Length(serial, "serialNumber", 9, 256);
        return serial;
    }

    /// <summary>The device with this serial in the caller's account, or NoSuchEntity.</summary>
    public static MfaDevice Require(ActionContext context, string serial)
    {
        var device = context.Store.FindMfaDevice(serial);
        return device is not null && device.AccountId == context.AccountId ? device : throw IamErrors.NoSuchMfaDevice(serial);
    }

    /// <summary>The time step of the second code when code1, code2 are consecutive codes near now; else InvalidAuthenticationCode.</summary>
    public static long VerifyConsecutive(ActionContext context, MfaDevice device)
    {
        var code1 = ReadCode(context, "AuthenticationCode1");
        var code2 = ReadCode(context, "AuthenticationCode2");
        return Consecutive(device, code1, code2, context.Now) ?? throw IamErrors.InvalidAuthenticationCode();
    }

    /// <summary>The time step of code2 when code1, code2 are consecutive codes of the device near <paramref name="time"/>, else null.</summary>
    public static long? Consecutive(MfaDevice device, string code1, string code2, DateTimeOffset time)
    {
        ArgumentNullException.ThrowIfNull(device);
        var seed = Base32.Decode(device.SeedBase32) ?? throw new InvalidOperationException("stored MFA seed is not Base32");
        var now = Totp.StepAt(time);

        // The user reads one code, waits for the next: code2 is the current step (or one off for drift).
        for (var second = now - 1; second <= now + 1; second++)
        {
            if (Totp.Code(seed, second - 1) == code1 && Totp.Code(seed, second) == code2)
            {
                return second;
            }
        }

        return null;
    }

    private static string ReadCode(ActionContext context, string parameter)
    {
        var code = context.Parameters.Required(parameter);
        var field = ParameterReader.FieldName(parameter);
        IamValidation.Length(code, field, 6, 6);
        if (!code.All(char.IsAsciiDigit))
        {
            throw IamErrors.Constraint(code, field, @"Member must satisfy regular expression pattern: [\d]+");
        }

        return code;
    }
}
