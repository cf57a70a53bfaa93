using RoleCall.Iam.Actions.AccessKeys;
using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.Mfa;

/// <summary>
/// ListMFADevices: the devices enabled for the named user (or the caller): UserName, SerialNumber, EnableDate.
/// Root credentials without a user name list root's device (assigned to the account ID by the console), with
/// no UserName, as GetUser answers root with none.
/// </summary>
internal sealed class ListMfaDevices : IamActionHandler
{
    public override string Action => "ListMFADevices";

    public override string ResourceArn(ActionContext context) => Entities.Arn(context, EntityKind.User);

    public override ResultStruct? Execute(ActionContext context)
    {
        var owner = KeyOwner.Resolve(context);
        var ownerId = owner.UserId ?? context.AccountId;
        var devices = context.Store.ListMfaDevices(context.AccountId).Where(d => d.UserId == ownerId);
        var page = Paging.Slice(devices, d => d.SerialNumber, Paging.Read(context.Parameters));
        return Result.Of(Action, [
            Result.List("MFADevices", page.Items.Select(d => Result.Struct("member",
                Result.OptionalText("UserName", owner.UserName),
                Result.Text("SerialNumber", d.SerialNumber),
                Result.Date("EnableDate", d.EnableDate ?? d.CreateDate)))),
            .. Result.Paging(Paging.Encode(page.NextAfter)),
        ]);
    }
}
