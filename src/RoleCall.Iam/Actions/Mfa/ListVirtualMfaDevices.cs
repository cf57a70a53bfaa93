using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Iam.Validation;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.Mfa;

/// <summary>ListVirtualMFADevices: AssignmentStatus Assigned|Unassigned|Any; SerialNumber, User, EnableDate (never the seed).</summary>
internal sealed class ListVirtualMfaDevices : IamActionHandler
{
    public override string Action => "ListVirtualMFADevices";

    public override string ResourceArn(ActionContext context) => $"arn:aws:iam::{context.AccountId}:mfa/";

    public override ResultStruct? Execute(ActionContext context)
    {
        var status = context.Parameters.Optional("AssignmentStatus") ?? "Any";
        if (status is not ("Assigned" or "Unassigned" or "Any"))
        {
            throw IamErrors.Constraint(status, "assignmentStatus", "Member must satisfy enum value set: [Assigned, Unassigned, Any]");
        }

        var devices = context.Store.ListMfaDevices(context.AccountId)
            .Where(d => status == "Any" || d.IsAssigned == (status == "Assigned"));
        var page = Paging.Slice(devices, d => d.SerialNumber, Paging.Read(context.Parameters));
        return Result.Of(Action, [
            Result.List("VirtualMFADevices", page.Items.Select(d => Result.Struct("member",
                Result.Text("SerialNumber", d.SerialNumber),
                d.UserId is { } id && context.Store.FindEntityById(id) is IamUser user ? Shapes.User(user, detailed: false) : RootUser(context, d),
                Result.OptionalDate("EnableDate", d.EnableDate)))),
            .. Result.Paging(Paging.Encode(page.NextAfter)),
        ]);
    }

    /// <summary>Root's device (assigned to the account ID): root as GetUser shows it, by ID, ARN and creation date.</summary>
    private static ResultStruct? RootUser(ActionContext context, MfaDevice device) =>
        device.UserId == context.AccountId
            ? Result.Struct("User", Result.Text("UserId", context.AccountId), Result.Text("Arn", $"arn:aws:iam::{context.AccountId}:root"),
                Result.Date("CreateDate", context.Store.FindAccount(context.AccountId)?.CreateDate ?? device.CreateDate))
            : null;
}
