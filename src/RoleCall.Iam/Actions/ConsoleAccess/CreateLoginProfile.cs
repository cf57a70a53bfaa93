using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Iam.Passwords;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.ConsoleAccess;

/// <summary>CreateLoginProfile: gives a user a console password that meets the account's password policy.</summary>
internal sealed class CreateLoginProfile : IamActionHandler
{
    public override string Action => "CreateLoginProfile";

    public override string ResourceArn(ActionContext context) => Entities.Arn(context, EntityKind.User);

    public override ResultStruct? Execute(ActionContext context)
    {
        var user = LoginProfiles.Owner(context);
        var password = LoginProfiles.ReadPassword(context, "Password");
        var reset = context.Parameters.OptionalBool("PasswordResetRequired") ?? false;
        if (user.LoginProfile is not null)
        {
            throw LoginProfiles.Exists(user.Name);
        }

        PasswordRules.Check(context.Store.FindAccount(context.AccountId)?.PasswordPolicy, password, null);
        var profile = LoginProfiles.WithPassword(null, password, context.Now, reset);
        LoginProfiles.Save(context, user, profile);
        return Result.Of(Action, LoginProfiles.Shape(user, profile));
    }
}
