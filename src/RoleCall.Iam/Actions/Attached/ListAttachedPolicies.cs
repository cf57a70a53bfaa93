using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Iam.Validation;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.Attached;

/// <summary>ListAttachedUserPolicies / ...GroupPolicies / ...RolePolicies: AttachedPolicies (PolicyName, PolicyArn), by policy path prefix.</summary>
internal sealed class ListAttachedPolicies(EntityKind kind) : IamActionHandler
{
    public override string Action => $"ListAttached{IamErrors.Noun(kind)}Policies";

    public override string ResourceArn(ActionContext context) => Entities.Arn(context, kind);

    public override ResultStruct? Execute(ActionContext context)
    {
        var entity = Entities.Require(context, kind);
        var prefix = Entities.ReadPathPrefix(context);
        var policies = entity.AttachedPolicyArns
            .Select(arn => PolicyLookup.Find(context, arn))
            .OfType<ManagedPolicy>()
            .Where(p => p.Path.StartsWith(prefix, StringComparison.Ordinal))
            .OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase);
        var page = Paging.Slice(policies, p => p.Name, Paging.Read(context.Parameters));
        return Result.Of(Action, [
            Result.List("AttachedPolicies", page.Items.Select(p =>
                Result.Struct("member", Result.Text("PolicyName", p.Name), Result.Text("PolicyArn", p.Arn)))),
            .. Result.Paging(Paging.Encode(page.NextAfter)),
        ]);
    }
}
