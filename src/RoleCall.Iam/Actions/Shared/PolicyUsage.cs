using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;

namespace RoleCall.Iam.Actions.Shared;

/// <summary>How many entities of the caller's account use a managed policy as permissions or as boundary.</summary>
internal sealed record PolicyUsage(int Attachments, int Boundaries)
{
    public static PolicyUsage Of(ActionContext context, ManagedPolicy policy) => new(
        context.Store.CountPolicyAttachments(context.AccountId, policy.Arn),
        context.Store.CountBoundaryUsage(context.AccountId, policy.Arn));
}
