using RoleCall.Core.Errors;
using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Iam.Passwords;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.ConsoleAccess;

/// <summary>
/// ChangePassword: an IAM user changes their own password, proving the old one. Root and role sessions get
/// InvalidUserType. Clears PasswordResetRequired.
/// </summary>
internal sealed class ChangePassword : IamActionHandler
{
    public override string Action => "ChangePassword";

    public override string ResourceArn(ActionContext context) =>
        context.Caller.Kind == PrincipalKind.User ? context.Caller.Arn : "*";

    public override ResultStruct? Execute(ActionContext context)
    {
        var oldPassword = LoginProfiles.ReadPassword(context, "OldPassword");
        var newPassword = LoginProfiles.ReadPassword(context, "NewPassword");
        if (context.Caller.Kind != PrincipalKind.User || context.Store.FindEntityById(context.Caller.UserId) is not IamUser user)
        {
            throw new AwsServiceException("InvalidUserType", "Only IAM Users can change their own password.", 400);
        }

        var current = LoginProfiles.Require(user);
        if (!PasswordHasher.Verify(oldPassword, current.PasswordHash))
        {
            throw WrongOldPassword();
        }

        PasswordRules.Check(context.Store.FindAccount(context.AccountId)?.PasswordPolicy, newPassword, current);
        LoginProfiles.Save(context, user, LoginProfiles.WithPassword(current, newPassword, context.Now, resetRequired: false));
        return null;
    }

    public static AwsServiceException WrongOldPassword() => AwsServiceException.AccessDenied("The old password is incorrect.");
}
