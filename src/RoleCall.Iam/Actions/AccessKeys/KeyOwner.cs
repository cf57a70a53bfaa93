using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Iam.Validation;

namespace RoleCall.Iam.Actions.AccessKeys;

/// <summary>
/// Whose keys an access-key action manages: the `UserName` given, else the calling user, else (for root
/// credentials) the account root. Role sessions must name a user.
/// </summary>
internal sealed record KeyOwner(string? UserId, string? UserName)
{
    public static KeyOwner Resolve(ActionContext context)
    {
        if (context.Parameters.Optional("UserName") is not null)
        {
            var user = Entities.RequireUser(context);
            return new KeyOwner(user.Id, user.Name);
        }

        return context.Caller.Kind switch
        {
            PrincipalKind.Root => new KeyOwner(null, null),
            PrincipalKind.User when context.Store.FindEntityById(context.Caller.UserId) is IamUser self => new KeyOwner(self.Id, self.Name),
            _ => throw IamErrors.NonUserCaller(),
        };
    }

    /// <summary>The owner's key with this ID, or NoSuchEntity.</summary>
    public AccessKey RequireKey(ActionContext context, string accessKeyId)
    {
        var key = context.Store.FindAccessKey(accessKeyId);
        return key is not null && key.AccountId == context.AccountId && key.UserId == UserId
            ? key
            : throw IamErrors.NoSuchAccessKey(accessKeyId);
    }

    public static string ReadKeyId(ActionContext context)
    {
        var id = context.Parameters.Required("AccessKeyId");
        IamValidation.Length(id, "accessKeyId", 16, 128);
        return id;
    }

    public static string Arn(ActionContext context) => Entities.Arn(context, EntityKind.User);
}
