using System.Text;
using RoleCall.Core.Otp;
using RoleCall.Iam.Tests.Support;

namespace RoleCall.Iam.Tests.Actions;

public sealed class MfaActionsTests : IDisposable
{
    private const string Serial = "arn:aws:iam::123456789012:mfa/phone";

    private readonly IamHarness iam = new();

    public MfaActionsTests() => iam.Call("CreateUser", ("UserName", "u"));

    public void Dispose() => iam.Dispose();

    private byte[] CreateDevice()
    {
        var device = iam.Call("CreateVirtualMFADevice", ("VirtualMFADeviceName", "phone"))!.Node("VirtualMFADevice");
        return Base32.Decode(Encoding.ASCII.GetString(Convert.FromBase64String(device.Text("Base32StringSeed"))))!;
    }

    private static (string, string)[] Enable(byte[] seed, long secondStep) =>
    [
        ("UserName", "u"), ("SerialNumber", Serial),
        ("AuthenticationCode1", Totp.Code(seed, secondStep - 1)), ("AuthenticationCode2", Totp.Code(seed, secondStep)),
    ];

    [Fact]
    public void Should_create_a_device_with_a_base32_seed_and_a_PNG_QR_code()
    {
        var device = iam.Call("CreateVirtualMFADevice", ("VirtualMFADeviceName", "phone"))!.Node("VirtualMFADevice");

        var seed = Encoding.ASCII.GetString(Convert.FromBase64String(device.Text("Base32StringSeed")));
        var png = Convert.FromBase64String(device.Text("QRCodePNG"));
        Assert.Equal(Serial, device.Text("SerialNumber"));
        Assert.Matches("^[A-Z2-7]{64}$", seed);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.Equal("EntityAlreadyExists", iam.Fails("CreateVirtualMFADevice", ("VirtualMFADeviceName", "phone")).Code);
    }

    [Fact]
    public void Should_enable_a_device_with_two_consecutive_codes()
    {
        var seed = CreateDevice();

        iam.Call("EnableMFADevice", Enable(seed, Totp.StepAt(iam.Clock.Now)));
        var listed = iam.Call("ListMFADevices", ("UserName", "u"))!.Members("MFADevices").Single();
        var assigned = iam.Call("ListVirtualMFADevices", ("AssignmentStatus", "Assigned"))!.Members("VirtualMFADevices").Single();

        Assert.Equal(("u", Serial), (listed.Text("UserName"), listed.Text("SerialNumber")));
        Assert.Equal("u", assigned.Text("User", "UserName"));
        Assert.Equal(Totp.StepAt(iam.Clock.Now), iam.Store.FindMfaDevice(Serial)!.LastUsedStep);
    }

    [Fact]
    public void Should_refuse_codes_that_are_wrong_or_not_consecutive()
    {
        var seed = CreateDevice();
        var now = Totp.StepAt(iam.Clock.Now);

        var stale = iam.Fails("EnableMFADevice", Enable(seed, now - 5));
        var swapped = iam.Fails("EnableMFADevice", ("UserName", "u"), ("SerialNumber", Serial),
            ("AuthenticationCode1", Totp.Code(seed, now)), ("AuthenticationCode2", Totp.Code(seed, now - 1)));

        Assert.Equal(("InvalidAuthenticationCode", 403, "Authentication code for device is not valid."), (stale.Code, stale.HttpStatus, stale.Message));
        Assert.Equal("InvalidAuthenticationCode", swapped.Code);
    }

    [Fact]
    public void Should_deactivate_then_delete_a_device_but_not_while_in_use()
    {
        var seed = CreateDevice();
        iam.Call("EnableMFADevice", Enable(seed, Totp.StepAt(iam.Clock.Now)));

        Assert.Equal("DeleteConflict", iam.Fails("DeleteVirtualMFADevice", ("SerialNumber", Serial)).Code);
        Assert.Equal("DeleteConflict", iam.Fails("DeleteUser", ("UserName", "u")).Code);
        iam.Call("DeactivateMFADevice", ("UserName", "u"), ("SerialNumber", Serial));
        iam.Call("DeleteVirtualMFADevice", ("SerialNumber", Serial));

        Assert.Empty(iam.Call("ListVirtualMFADevices")!.Members("VirtualMFADevices"));
    }

    [Fact]
    public void Should_resync_with_fresh_consecutive_codes()
    {
        var seed = CreateDevice();
        iam.Call("EnableMFADevice", Enable(seed, Totp.StepAt(iam.Clock.Now)));
        iam.Clock.Advance(TimeSpan.FromMinutes(5));

        iam.Call("ResyncMFADevice", Enable(seed, Totp.StepAt(iam.Clock.Now)));

        Assert.Equal(Totp.StepAt(iam.Clock.Now), iam.Store.FindMfaDevice(Serial)!.LastUsedStep);
    }
}
