using System.Text;
using QRCoder;
using RoleCall.Iam.Model;
using RoleCall.Iam.SignIn;
using RoleCall.Web.Pages;
using RoleCall.Web.Services;
using RoleCall.Web.Sessions;

namespace RoleCall.Web.Handlers;

/// <summary>
/// "Assign MFA device": CreateVirtualMFADevice (the Base32 secret from IAM), then EnableMFADevice with two
/// consecutive codes, both as the signed-in user, under the same rules as the API. Between the two the session
/// cookie carries the device's serial and secret, so the dialog (QR code included) shows again on any replica.
/// </summary>
internal static class MfaAssignment
{
    public static MfaInProgress Create(IamCalls iam, Caller caller, string name, string? forUser = null)
    {
        var device = iam.Iam(caller, "CreateVirtualMFADevice", ("VirtualMFADeviceName", name.Trim())).Node("VirtualMFADevice");
        var seed = Encoding.ASCII.GetString(Convert.FromBase64String(device.Text("Base32StringSeed") ?? ""));
        return new MfaInProgress(device.Text("SerialNumber") ?? "", seed, forUser);
    }

    /// <summary>
    /// An administrator's assignment from another user's page (tutorial 003: Users, the user, Security
    /// credentials, Assign MFA device): EnableMFADevice for that user, as the signed-in identity.
    /// </summary>
    public static string EnableFor(IamCalls iam, ConsoleSession session, Caller caller, string user, string code1, string code2)
    {
        if (session.AssigningMfa is not { } device || device.UserName != user)
        {
            throw new Core.Errors.AwsServiceException("ValidationError", "Start with Assign MFA device.", 400);
        }

        iam.Iam(caller, "EnableMFADevice", ("UserName", user), ("SerialNumber", device.SerialNumber),
            ("AuthenticationCode1", code1.Trim()), ("AuthenticationCode2", code2.Trim()));
        session.AssigningMfa = null;
        return $"MFA device {device.SerialNumber} is assigned to {user}.";
    }

    /// <summary>A user's device through EnableMFADevice; root's through the console's own path, as on AWS (the API needs a user name).</summary>
    public static string Enable(IamCalls iam, ConsoleSignIn signIn, ConsoleSession session, Caller caller, string code1, string code2)
    {
        var device = session.AssigningMfa is { UserName: null } own ? own : throw new Core.Errors.AwsServiceException("ValidationError", "Start with Assign MFA device.", 400);
        if (caller.Kind == PrincipalKind.Root)
        {
            signIn.EnableRootMfa(caller, device.SerialNumber, code1, code2);
        }
        else
        {
            var user = caller.Arn[(caller.Arn.LastIndexOf('/') + 1)..];
            iam.Iam(caller, "EnableMFADevice", ("UserName", user), ("SerialNumber", device.SerialNumber),
                ("AuthenticationCode1", code1.Trim()), ("AuthenticationCode2", code2.Trim()));
        }

        session.AssigningMfa = null;
        return $"MFA device {device.SerialNumber} is assigned.";
    }

    /// <summary>The dialog's view: the QR code holds the URI CreateVirtualMFADevice encodes (`otpauth://totp/NAME@ACCOUNT?secret=SEED`).</summary>
    public static NewMfaDevice View(MfaInProgress device)
    {
        ArgumentNullException.ThrowIfNull(device);
        var name = device.SerialNumber[(device.SerialNumber.LastIndexOf('/') + 1)..];
        var account = device.SerialNumber.Split(':') is { Length: > 4 } parts ? parts[4] : "";
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode($"otpauth://totp/{Uri.EscapeDataString(name)}@{account}?secret={device.SecretBase32}", QRCodeGenerator.ECCLevel.M);
        return new NewMfaDevice(device.SerialNumber, "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(4)), device.SecretBase32);
    }
}
