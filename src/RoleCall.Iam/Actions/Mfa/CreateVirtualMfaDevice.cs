using System.Text;
using QRCoder;
using RoleCall.Core.Otp;
using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Ids;
using RoleCall.Iam.Model;
using RoleCall.Iam.Validation;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.Mfa;

/// <summary>
/// CreateVirtualMFADevice: a new TOTP seed, returned once as Base32StringSeed and as a QR code
/// (`otpauth://totp/NAME@ACCOUNT?secret=SEED`). Both are blobs, so base64 on the wire.
/// </summary>
internal sealed class CreateVirtualMfaDevice : IamActionHandler
{
    public override string Action => "CreateVirtualMFADevice";

    public override string ResourceArn(ActionContext context) =>
        $"arn:aws:iam::{context.AccountId}:mfa{context.Parameters.Optional("Path") ?? "/"}{context.Parameters.Optional("VirtualMFADeviceName")}";

    public override ResultStruct? Execute(ActionContext context)
    {
        var name = context.Parameters.Required("VirtualMFADeviceName");
        IamValidation.Name(name, "virtualMFADeviceName", 226);
        var path = Entities.ReadPath(context);
        var tags = context.Parameters.Tags();
        IamValidation.Tags(tags);
        var seed = Base32.Encode(IamIds.MfaSeed());
        var device = new MfaDevice($"arn:aws:iam::{context.AccountId}:mfa{path}{name}", context.AccountId, name, path, seed, context.Now) { Tags = tags };
        if (!context.Store.TryAddMfaDevice(device))
        {
            throw IamErrors.MfaExists();
        }

        return Result.Of(Action, Result.Struct("VirtualMFADevice",
            Result.Text("SerialNumber", device.SerialNumber),
            Result.Text("Base32StringSeed", Convert.ToBase64String(Encoding.ASCII.GetBytes(seed))),
            Result.Text("QRCodePNG", Convert.ToBase64String(QrCode($"otpauth://totp/{Uri.EscapeDataString(name)}@{context.AccountId}?secret={seed}"))),
            Shapes.Tags(tags)));
    }

    private static byte[] QrCode(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(4);
    }
}
