using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Iam.Validation;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.AccessKeys;

/// <summary>
/// GetAccessKeyLastUsed: UserName and AccessKeyLastUsed (LastUsedDate, ServiceName, Region); a key never
/// used reports ServiceName and Region `N/A` without a date, as AWS does. Use is recorded to the minute.
/// </summary>
internal sealed class GetAccessKeyLastUsed : IamActionHandler
{
    public override string Action => "GetAccessKeyLastUsed";

    public override string ResourceArn(ActionContext context)
    {
        var key = context.Parameters.Optional("AccessKeyId") is { } id ? context.Store.FindAccessKey(id) : null;
        var user = key?.UserId is { } userId ? context.Store.FindEntityById(userId) : null;
        return user?.Arn ?? $"arn:aws:iam::{context.AccountId}:user/";
    }

    public override ResultStruct? Execute(ActionContext context)
    {
        var id = KeyOwner.ReadKeyId(context);
        var key = context.Store.FindAccessKey(id);
        if (key is null || key.AccountId != context.AccountId)
        {
            throw IamErrors.NoSuchAccessKey(id);
        }

        var user = key.UserId is null ? null : context.Store.FindEntityById(key.UserId) as IamUser;
        return Result.Of(Action,
            Result.OptionalText("UserName", user?.Name),
            Result.Struct("AccessKeyLastUsed",
                Result.OptionalDate("LastUsedDate", key.LastUsedDate),
                Result.Text("ServiceName", key.LastUsedService ?? "N/A"),
                Result.Text("Region", key.LastUsedRegion ?? "N/A")));
    }
}
