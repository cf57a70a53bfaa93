using RoleCall.Ec2.Authorization;
using RoleCall.Iam;
using RoleCall.Iam.Access;
using RoleCall.Iam.Model;

namespace RoleCall.Server.Ec2;

/// <summary>
/// The IAM policy engine as EC2 asks it, bound to one request's caller: each EC2 access request becomes an
/// <see cref="AccessRequest"/> with EC2's condition keys; a denial keeps IAM's sentence (without
/// "on resource: *" for actions on no resource, as EC2 words it) and the encoded authorization message.
/// </summary>
internal sealed class Ec2AccessAdapter(IAccessAuthorizer access, Caller caller, RequestInfo info) : IEc2Authorizer
{
    public Ec2Decision Authorize(Ec2AccessRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var decision = access.Decide(new AccessRequest(caller, request.Action, request.ResourceArn, info) { ConditionKeys = request.Conditions });
        if (decision.IsAllowed)
        {
            return Ec2Decision.Allow;
        }

        var reason = request.ResourceArn == "*"
            ? decision.DeniedMessage.Replace(" on resource: *", "", StringComparison.Ordinal)
            : decision.DeniedMessage;
        return new Ec2Decision(false, reason, decision.EncodedMessage);
    }
}
