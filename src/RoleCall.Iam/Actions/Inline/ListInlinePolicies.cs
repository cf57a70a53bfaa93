using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Iam.Validation;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.Inline;

/// <summary>ListUserPolicies / ListGroupPolicies / ListRolePolicies: PolicyNames, IsTruncated, Marker.</summary>
internal sealed class ListInlinePolicies(EntityKind kind) : IamActionHandler
{
    public override string Action => $"List{IamErrors.Noun(kind)}Policies";

    public override string ResourceArn(ActionContext context) => Entities.Arn(context, kind);

    public override ResultStruct? Execute(ActionContext context)
    {
        var entity = Entities.Require(context, kind);
        var names = entity.InlinePolicies.Select(p => p.Name).Order(StringComparer.OrdinalIgnoreCase);
        var page = Paging.Slice(names, n => n, Paging.Read(context.Parameters));
        return Result.Of(Action, [
            Result.List("PolicyNames", page.Items.Select(n => Result.Text("member", n))),
            .. Result.Paging(Paging.Encode(page.NextAfter)),
        ]);
    }
}
