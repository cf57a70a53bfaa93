using RoleCall.Cli.Hosting;
using RoleCall.Core.Errors;
using RoleCall.Core.Identity;
using RoleCall.Protocol.Query;

namespace RoleCall.Cli.Commands.Iam;

/// <summary>
/// The AWS CLI's customization of create-virtual-mfa-device: `--outfile` and `--bootstrap-method` (both required)
/// save the QR code PNG or the Base32 seed to a file and drop both secrets from the printed result. RoleCall adds
/// `--qr-terminal`, which also draws the QR code on the terminal (stderr) for an authenticator app to scan.
/// </summary>
internal sealed class VirtualMfaBootstrap(string outfile, string method, bool drawOnTerminal)
{
    private static readonly string[] Methods = ["QRCodePNG", "Base32StringSeed"];

    /// <summary>Reads the options for CreateVirtualMFADevice; null for every other operation.</summary>
    public static VirtualMfaBootstrap? Read(string operation, ArgumentReader args)
    {
        if (operation != "CreateVirtualMFADevice")
        {
            return null;
        }

        var outfile = args.Option("--outfile");
        var method = args.Option("--bootstrap-method");
        var qr = args.Flag("--qr-terminal");
        var missing = new List<string>();
        if (outfile is null)
        {
            missing.Add("--outfile");
        }

        if (method is null)
        {
            missing.Add("--bootstrap-method");
        }

        if (missing.Count > 0)
        {
            throw UsageException.MissingRequired(missing);
        }

        if (!Methods.Contains(method))
        {
            throw UsageException.InvalidChoice("--bootstrap-method", method!, Methods);
        }

        // Checked before the call, as the AWS CLI does, so no device is created whose seed can't be saved.
        var directory = Path.GetDirectoryName(Path.GetFullPath(outfile!));
        if (directory is not null && !Directory.Exists(directory))
        {
            throw UsageException.Custom($"argument --outfile: the directory {directory} does not exist", "create it first or choose another path");
        }

        return new VirtualMfaBootstrap(outfile!, method!, qr);
    }

    /// <summary>Saves the chosen bootstrap datum and returns the result without the two secret members.</summary>
    public ResultStruct Apply(ResultStruct result, CommandContext context)
    {
        if (result.Children.FirstOrDefault(c => c.Name == "VirtualMFADevice") is not ResultStruct device)
        {
            return result;
        }

        // Both are blobs: base64 on the wire, bytes in the file (the seed file holds the Base32 text).
        byte[] Datum(string name) =>
            device.Children.FirstOrDefault(c => c.Name == name) is ResultValue v ? Convert.FromBase64String(v.Value) : [];

        File.WriteAllBytes(outfile, Datum(method));
        if (drawOnTerminal)
        {
            var serial = device.Children.FirstOrDefault(c => c.Name == "SerialNumber") is ResultValue s ? s.Value : string.Empty;
            var seed = System.Text.Encoding.ASCII.GetString(Datum("Base32StringSeed"));
            TerminalQrCode.Draw(OtpAuthUri(serial, seed), context.Error);
        }

        var kept = device.Children.Where(c => c.Name is not ("Base32StringSeed" or "QRCodePNG")).ToList();
        return result with { Children = [.. result.Children.Select(c => c == device ? device with { Children = kept } : c)] };
    }

    /// <summary>The URI AWS encodes in its QR codes: otpauth://totp/NAME@ACCOUNT?secret=SEED.</summary>
    private static string OtpAuthUri(string serial, string seed)
    {
        var (name, account) = Arn.TryParse(serial, out var arn) ? (arn.Value.ResourceName, arn.Value.Account) : (serial, string.Empty);
        return $"otpauth://totp/{Uri.EscapeDataString(name)}@{account}?secret={seed}";
    }
}
