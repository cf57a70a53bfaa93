using RoleCall.Core.Errors;
using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.ConsoleAccess;

/// <summary>GetAccountPasswordPolicy: the policy, or NoSuchEntity when none was set.</summary>
internal sealed class GetAccountPasswordPolicy : IamActionHandler
{
    public override string Action => "GetAccountPasswordPolicy";

    // Account-level IAM actions have no resource type: the Service Authorization Reference lists "*".
    public override string ResourceArn(ActionContext context) => IActionHandler.AnyResource;

    public override ResultStruct? Execute(ActionContext context)
    {
        var policy = Accounts.Require(context).PasswordPolicy
            ?? throw AwsServiceException.NoSuchEntity($"The Password Policy with domain name {context.AccountId} cannot be found.");
        return Result.Of(Action, Shape(policy));
    }

    private static ResultStruct Shape(PasswordPolicy p) => Result.Struct("PasswordPolicy",
        Result.Number("MinimumPasswordLength", p.MinimumPasswordLength),
        Result.Bool("RequireSymbols", p.RequireSymbols),
        Result.Bool("RequireNumbers", p.RequireNumbers),
        Result.Bool("RequireUppercaseCharacters", p.RequireUppercaseCharacters),
        Result.Bool("RequireLowercaseCharacters", p.RequireLowercaseCharacters),
        Result.Bool("AllowUsersToChangePassword", p.AllowUsersToChangePassword),
        Result.Bool("ExpirePasswords", p.ExpirePasswords),
        p.MaxPasswordAge is { } age ? Result.Number("MaxPasswordAge", age) : null,
        p.PasswordReusePrevention is { } reuse ? Result.Number("PasswordReusePrevention", reuse) : null,
        p.HardExpiry is { } hard ? Result.Bool("HardExpiry", hard) : null);
}
