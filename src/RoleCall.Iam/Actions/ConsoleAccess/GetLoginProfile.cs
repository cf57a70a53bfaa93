using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.ConsoleAccess;

/// <summary>GetLoginProfile: the user name, creation date and PasswordResetRequired; never the password.</summary>
internal sealed class GetLoginProfile : IamActionHandler
{
    public override string Action => "GetLoginProfile";

    public override string ResourceArn(ActionContext context) => Entities.Arn(context, EntityKind.User);

    public override ResultStruct? Execute(ActionContext context)
    {
        var user = LoginProfiles.Owner(context);
        return Result.Of(Action, LoginProfiles.Shape(user, LoginProfiles.Require(user)));
    }
}
