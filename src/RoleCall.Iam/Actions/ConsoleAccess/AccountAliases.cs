using System.Text.RegularExpressions;
using RoleCall.Core.Errors;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Validation;

namespace RoleCall.Iam.Actions.ConsoleAccess;

/// <summary>The `AccountAlias` parameter: 3-63 lowercase letters, digits and single hyphens, as the API model says.</summary>
internal static partial class AccountAliases
{
    public static string Read(ActionContext context)
    {
        var alias = context.Parameters.Required("AccountAlias");
        IamValidation.Length(alias, "accountAlias", 3, 63);
        if (!Pattern().IsMatch(alias))
        {
            throw IamErrors.Constraint(alias, "accountAlias", "Member must satisfy regular expression pattern: ^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$");
        }

        return alias;
    }

    public static AwsServiceException Taken(string alias) => AwsServiceException.AlreadyExists($"The account alias {alias} already exists.");

    public static AwsServiceException NotFound(string alias) => AwsServiceException.NoSuchEntity($"The account alias {alias} cannot be found.");

    [GeneratedRegex(@"\A[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]\z")]
    private static partial Regex Pattern();
}
