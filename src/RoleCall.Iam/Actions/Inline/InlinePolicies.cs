using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Iam.Validation;

namespace RoleCall.Iam.Actions.Inline;

/// <summary>Shared by the inline-policy actions: the PolicyName parameter and the per-kind aggregate size quota.</summary>
internal static class InlinePolicies
{
    public static string ReadName(ActionContext context)
    {
        var name = context.Parameters.Required("PolicyName");
        IamValidation.Name(name, "policyName", IamLimits.GroupOrPolicyNameLength);
        return name;
    }

    /// <summary>The sum of all inline policies of one entity (white space not counted) is capped per kind.</summary>
    public static int AggregateLimit(EntityKind kind) => kind switch
    {
        EntityKind.User => IamLimits.InlineUserAggregate,
        EntityKind.Group => IamLimits.InlineGroupAggregate,
        _ => IamLimits.InlineRoleAggregate,
    };

    public static InlinePolicy? Find(IamEntity entity, string name) =>
        entity.InlinePolicies.FirstOrDefault(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
}
