using RoleCall.Iam.Actions.Shared;
using RoleCall.Iam.Handlers;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.Policies;

/// <summary>ListPolicyVersions: Versions newest first (without documents), IsTruncated, Marker.</summary>
internal sealed class ListPolicyVersions : IamActionHandler
{
    public override string Action => "ListPolicyVersions";

    public override string ResourceArn(ActionContext context) => context.Parameters.Optional("PolicyArn") ?? "*";

    public override ResultStruct? Execute(ActionContext context)
    {
        var policy = PolicyLookup.Require(context, PolicyLookup.ReadArn(context, "PolicyArn"));
        Paging.Read(context.Parameters);
        var versions = policy.Versions.OrderByDescending(v => PolicyDocuments.VersionNumber(v.VersionId));
        return Result.Of(Action, [
            Result.List("Versions", versions.Select(v => Shapes.PolicyVersion(policy, v, withDocument: false, "member"))),
            .. Result.Paging(null),
        ]);
    }
}
