using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Iam.Validation;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.ConsoleAccess;

/// <summary>
/// UpdateAccountPasswordPolicy: replaces the whole policy; a parameter left out takes its default, not its
/// previous value, as AWS documents.
/// </summary>
internal sealed class UpdateAccountPasswordPolicy : IamActionHandler
{
    public override string Action => "UpdateAccountPasswordPolicy";

    // Account-level IAM actions have no resource type: the Service Authorization Reference lists "*".
    public override string ResourceArn(ActionContext context) => IActionHandler.AnyResource;

    public override ResultStruct? Execute(ActionContext context)
    {
        var p = context.Parameters;
        var minimum = p.OptionalInt("MinimumPasswordLength");
        var maxAge = p.OptionalInt("MaxPasswordAge");
        var reuse = p.OptionalInt("PasswordReusePrevention");
        Range(minimum, "minimumPasswordLength", 6, 128);
        Range(maxAge, "maxPasswordAge", 1, 1095);
        Range(reuse, "passwordReusePrevention", 1, 24);
        var policy = new PasswordPolicy
        {
            MinimumPasswordLength = minimum ?? 6,
            RequireSymbols = p.OptionalBool("RequireSymbols") ?? false,
            RequireNumbers = p.OptionalBool("RequireNumbers") ?? false,
            RequireUppercaseCharacters = p.OptionalBool("RequireUppercaseCharacters") ?? false,
            RequireLowercaseCharacters = p.OptionalBool("RequireLowercaseCharacters") ?? false,
            AllowUsersToChangePassword = p.OptionalBool("AllowUsersToChangePassword") ?? false,
            MaxPasswordAge = maxAge,
            PasswordReusePrevention = reuse,
            HardExpiry = p.OptionalBool("HardExpiry"),
        };
        Accounts.Save(context, Accounts.Require(context) with { PasswordPolicy = policy });
        return null;
    }

    private static void Range(int? value, string field, int min, int max)
    {
        if (value is { } v)
        {
            IamValidation.Range(v, field, min, max);
        }
    }
}
