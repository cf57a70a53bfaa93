using RoleCall.Core.Errors;
using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.ConsoleAccess;

/// <summary>DeleteAccountPasswordPolicy: back to AWS's default rules; NoSuchEntity when no policy was set.</summary>
internal sealed class DeleteAccountPasswordPolicy : IamActionHandler
{
    public override string Action => "DeleteAccountPasswordPolicy";

    // Account-level IAM actions have no resource type: the Service Authorization Reference lists "*".
    public override string ResourceArn(ActionContext context) => IActionHandler.AnyResource;

    public override ResultStruct? Execute(ActionContext context)
    {
        var account = Accounts.Require(context);
        if (account.PasswordPolicy is null)
        {
            throw AwsServiceException.NoSuchEntity("The account policy with name PasswordPolicy cannot be found.");
        }

        Accounts.Save(context, account with { PasswordPolicy = null });
        return null;
    }
}
