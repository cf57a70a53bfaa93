using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.ConsoleAccess;

/// <summary>DeleteAccountAlias: NoSuchEntity unless the account has exactly this alias.</summary>
internal sealed class DeleteAccountAlias : IamActionHandler
{
    public override string Action => "DeleteAccountAlias";

    // Account-level IAM actions have no resource type: the Service Authorization Reference lists "*".
    public override string ResourceArn(ActionContext context) => IActionHandler.AnyResource;

    public override ResultStruct? Execute(ActionContext context)
    {
        var alias = AccountAliases.Read(context);
        var account = Accounts.Require(context);
        if (!account.Aliases.Contains(alias, StringComparer.Ordinal))
        {
            throw AccountAliases.NotFound(alias);
        }

        Accounts.Save(context, account with { Aliases = [.. account.Aliases.Where(a => a != alias)] });
        return null;
    }
}
