using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.ConsoleAccess;

/// <summary>DeleteLoginProfile: the user can no longer sign in to the console; access keys are unaffected.</summary>
internal sealed class DeleteLoginProfile : IamActionHandler
{
    public override string Action => "DeleteLoginProfile";

    public override string ResourceArn(ActionContext context) => Entities.Arn(context, EntityKind.User);

    public override ResultStruct? Execute(ActionContext context)
    {
        var user = LoginProfiles.Owner(context);
        LoginProfiles.Require(user);
        LoginProfiles.Save(context, user, null);
        return null;
    }
}
