using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.ConsoleAccess;

/// <summary>ListAccountAliases: zero or one alias, with the usual Marker/MaxItems paging.</summary>
internal sealed class ListAccountAliases : IamActionHandler
{
    public override string Action => "ListAccountAliases";

    // Account-level IAM actions have no resource type: the Service Authorization Reference lists "*".
    public override string ResourceArn(ActionContext context) => IActionHandler.AnyResource;

    public override ResultStruct? Execute(ActionContext context)
    {
        var page = Paging.Slice(Accounts.Require(context).Aliases, a => a, Paging.Read(context.Parameters));
        return Result.Of(Action, [
            Result.List("AccountAliases", page.Items.Select(a => Result.Text("member", a))),
            .. Result.Paging(Paging.Encode(page.NextAfter)),
        ]);
    }
}
