using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;

namespace RoleCall.Iam.Actions.ConsoleAccess;

/// <summary>The caller's account record, which holds the password policy and the alias.</summary>
internal static class Accounts
{
    public static IamAccount Require(ActionContext context) =>
        context.Store.FindAccount(context.AccountId) ?? new IamAccount(context.AccountId, context.Now);

    public static void Save(ActionContext context, IamAccount account)
    {
        context.Store.TryAddAccount(account);
        context.Store.SaveAccount(account);
    }
}
