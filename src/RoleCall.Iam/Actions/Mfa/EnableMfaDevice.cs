using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Iam.Validation;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.Mfa;

/// <summary>
/// EnableMFADevice: assigns an unassigned virtual device to a user once two consecutive codes prove the
/// user holds the seed. The accepted step is recorded, so the same codes cannot be replayed to STS.
/// </summary>
internal sealed class EnableMfaDevice : IamActionHandler
{
    public override string Action => "EnableMFADevice";

    public override string ResourceArn(ActionContext context) => Entities.Arn(context, EntityKind.User);

    public override ResultStruct? Execute(ActionContext context)
    {
        var user = Entities.RequireUser(context);
        var serial = MfaCodes.ReadSerial(context);
        var device = MfaCodes.Require(context, serial);
        if (device.IsAssigned)
        {
            throw IamErrors.MfaInUse();
        }

        var step = MfaCodes.VerifyConsecutive(context, device);
        context.Store.SaveMfaDevice(device with { UserId = user.Id, EnableDate = context.Now, LastUsedStep = step });
        return null;
    }
}
