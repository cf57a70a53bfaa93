using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Iam.Validation;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.Mfa;

/// <summary>DeactivateMFADevice: unassigns the device from the user; it stays, unassigned, until DeleteVirtualMFADevice.</summary>
internal sealed class DeactivateMfaDevice : IamActionHandler
{
    public override string Action => "DeactivateMFADevice";

    public override string ResourceArn(ActionContext context) => Entities.Arn(context, EntityKind.User);

    public override ResultStruct? Execute(ActionContext context)
    {
        var serial = MfaCodes.ReadSerial(context);
        var device = MfaCodes.Require(context, serial);
        if (context.Parameters.Optional("UserName") is not null)
        {
            var user = Entities.RequireUser(context);
            if (device.UserId != user.Id)
            {
                throw IamErrors.MfaNotAssigned(serial, user.Name);
            }
        }
        else if (!device.IsAssigned)
        {
            throw IamErrors.NoSuchMfaDevice(serial);
        }

        context.Store.SaveMfaDevice(device with { UserId = null, EnableDate = null });
        return null;
    }
}
