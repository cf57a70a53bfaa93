using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.ConsoleAccess;

/// <summary>
/// CreateAccountAlias: an account has at most one alias, so a new one replaces the old; aliases are unique
/// across all accounts (here: across the accounts this server hosts).
/// </summary>
internal sealed class CreateAccountAlias : IamActionHandler
{
    public override string Action => "CreateAccountAlias";

    // Account-level IAM actions have no resource type: the Service Authorization Reference lists "*".
    public override string ResourceArn(ActionContext context) => IActionHandler.AnyResource;

    public override ResultStruct? Execute(ActionContext context)
    {
        var alias = AccountAliases.Read(context);
        if (context.Store.ListAccounts().Any(a => a.AccountId != context.AccountId && a.Aliases.Contains(alias, StringComparer.Ordinal)))
        {
            throw AccountAliases.Taken(alias);
        }

        Accounts.Save(context, Accounts.Require(context) with { Aliases = [alias] });
        return null;
    }
}
