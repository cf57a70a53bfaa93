using System.Text;
using RoleCall.Iam.Model;
using RoleCall.Web.Pages;
using RoleCall.Web.Services;
using RoleCall.Web.Sessions;

namespace RoleCall.Web.Handlers;

/// <summary>
/// "Assign MFA device": CreateVirtualMFADevice (QR code PNG and Base32 secret from IAM), then EnableMFADevice
/// with two consecutive codes, both as the signed-in user, under the same rules as the API.
/// </summary>
internal static class MfaAssignment
{
    public static NewMfaDevice Create(IamCalls iam, Caller caller, string name)
    {
        var device = iam.Iam(caller, "CreateVirtualMFADevice", ("VirtualMFADeviceName", name.Trim())).Node("VirtualMFADevice");
        var seed = Encoding.ASCII.GetString(Convert.FromBase64String(device.Text("Base32StringSeed") ?? ""));
        return new NewMfaDevice(device.Text("SerialNumber") ?? "", "data:image/png;base64," + device.Text("QRCodePNG"), seed);
    }

    public static string Enable(IamCalls iam, ConsoleSession session, Caller caller, string code1, string code2)
    {
        var device = session.AssigningMfa ?? throw new Core.Errors.AwsServiceException("ValidationError", "Start with Assign MFA device.", 400);
        var user = caller.Arn[(caller.Arn.LastIndexOf('/') + 1)..];
        iam.Iam(caller, "EnableMFADevice", ("UserName", user), ("SerialNumber", device.SerialNumber),
            ("AuthenticationCode1", code1.Trim()), ("AuthenticationCode2", code2.Trim()));
        session.AssigningMfa = null;
        return $"MFA device {device.SerialNumber} is assigned.";
    }
}
