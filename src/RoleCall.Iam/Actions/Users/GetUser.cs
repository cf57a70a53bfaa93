using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Iam.Validation;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.Users;

/// <summary>GetUser: the named user, or without UserName the caller itself (root answers with its account ID and ARN).</summary>
internal sealed class GetUser : IamActionHandler
{
    public override string Action => "GetUser";

    public override string ResourceArn(ActionContext context) => Entities.Arn(context, EntityKind.User);

    public override ResultStruct? Execute(ActionContext context)
    {
        if (context.Parameters.Optional("UserName") is not null)
        {
            return Result.Of(Action, Shapes.User(Entities.RequireUser(context), detailed: true));
        }

        var caller = context.Caller;
        if (caller.Kind == PrincipalKind.Root)
        {
            var account = context.Store.FindAccount(caller.AccountId);
            return Result.Of(Action, Result.Struct("User",
                Result.Text("UserId", caller.AccountId),
                Result.Text("Arn", caller.Arn),
                Result.Date("CreateDate", account?.CreateDate ?? context.Now)));
        }

        if (caller.Kind != PrincipalKind.User || context.Store.FindEntityById(caller.UserId) is not IamUser self)
        {
            throw IamErrors.NonUserCaller();
        }

        return Result.Of(Action, Shapes.User(self, detailed: true));
    }
}
