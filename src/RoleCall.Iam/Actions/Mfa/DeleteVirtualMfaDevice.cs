using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Validation;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.Mfa;

/// <summary>DeleteVirtualMFADevice: DeleteConflict while the device is still enabled for a user.</summary>
internal sealed class DeleteVirtualMfaDevice : IamActionHandler
{
    public override string Action => "DeleteVirtualMFADevice";

    public override string ResourceArn(ActionContext context) => context.Parameters.Optional("SerialNumber") ?? "*";

    public override ResultStruct? Execute(ActionContext context)
    {
        var serial = MfaCodes.ReadSerial(context);
        var device = MfaCodes.Require(context, serial);
        if (device.IsAssigned)
        {
            throw IamErrors.MfaStillInUse();
        }

        context.Store.DeleteMfaDevice(serial);
        return null;
    }
}
