using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Iam.Validation;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.Mfa;

/// <summary>ResyncMFADevice: two consecutive codes of the user's device; the virtual device keeps no drift, so this only checks them.</summary>
internal sealed class ResyncMfaDevice : IamActionHandler
{
    public override string Action => "ResyncMFADevice";

    public override string ResourceArn(ActionContext context) => Entities.Arn(context, EntityKind.User);

    public override ResultStruct? Execute(ActionContext context)
    {
        var user = Entities.RequireUser(context);
        var serial = MfaCodes.ReadSerial(context);
        var device = MfaCodes.Require(context, serial);
        if (device.UserId != user.Id)
        {
            throw IamErrors.MfaNotAssigned(serial, user.Name);
        }

        var step = MfaCodes.VerifyConsecutive(context, device);
        context.Store.TryUseMfaStep(serial, step);
        return null;
    }
}
