using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Iam.Passwords;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.ConsoleAccess;

/// <summary>UpdateLoginProfile: a new password (checked against the policy) and/or PasswordResetRequired.</summary>
internal sealed class UpdateLoginProfile : IamActionHandler
{
    public override string Action => "UpdateLoginProfile";

    public override string ResourceArn(ActionContext context) => Entities.Arn(context, EntityKind.User);

    public override ResultStruct? Execute(ActionContext context)
    {
        var user = Entities.RequireUser(context);
        var password = context.Parameters.Optional("Password") is null ? null : LoginProfiles.ReadPassword(context, "Password");
        var reset = context.Parameters.OptionalBool("PasswordResetRequired");
        var current = LoginProfiles.Require(user);
        var updated = current with { PasswordResetRequired = reset ?? current.PasswordResetRequired };
        if (password is not null)
        {
            PasswordRules.Check(context.Store.FindAccount(context.AccountId)?.PasswordPolicy, password, current);
            updated = LoginProfiles.WithPassword(current, password, context.Now, updated.PasswordResetRequired);
        }

        LoginProfiles.Save(context, user, updated);
        return null;
    }
}
