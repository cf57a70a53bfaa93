using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Iam.Validation;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.Policies;

/// <summary>ListEntitiesForPolicy: PolicyGroups, PolicyUsers, PolicyRoles the policy is attached to; EntityFilter, PathPrefix.</summary>
internal sealed class ListEntitiesForPolicy : IamActionHandler
{
    public override string Action => "ListEntitiesForPolicy";

    public override string ResourceArn(ActionContext context) => context.Parameters.Optional("PolicyArn") ?? "*";

    public override ResultStruct? Execute(ActionContext context)
    {
        var policy = PolicyLookup.Require(context, PolicyLookup.ReadArn(context, "PolicyArn"));
        var filter = context.Parameters.Optional("EntityFilter");
        if (filter is not (null or "User" or "Role" or "Group" or "LocalManagedPolicy" or "AWSManagedPolicy"))
        {
            throw IamErrors.Constraint(filter, "entityFilter", "Member must satisfy enum value set: [User, Role, Group, LocalManagedPolicy, AWSManagedPolicy]");
        }

        var prefix = Entities.ReadPathPrefix(context);
        var request = Paging.Read(context.Parameters);
        var entities = context.Store.ListPolicyAttachments(context.AccountId, policy.Arn)
            .Where(e => filter is null or "LocalManagedPolicy" or "AWSManagedPolicy" || e.Kind.ToString() == filter)
            .Where(e => prefix == "/" || context.Store.FindEntityById(e.Id)?.Path.StartsWith(prefix, StringComparison.Ordinal) == true);
        var page = Paging.Slice(entities, e => $"{(int)e.Kind}:{e.Name}", request);
        ResultList Members(EntityKind kind) => Result.List($"Policy{IamErrors.Noun(kind)}s", page.Items.Where(e => e.Kind == kind).Select(e =>
            Result.Struct("member", Result.Text($"{IamErrors.Noun(kind)}Name", e.Name), Result.Text($"{IamErrors.Noun(kind)}Id", e.Id))));
        return Result.Of(Action, [
            Members(EntityKind.Group),
            Members(EntityKind.User),
            Members(EntityKind.Role),
            .. Result.Paging(Paging.Encode(page.NextAfter)),
        ]);
    }
}
