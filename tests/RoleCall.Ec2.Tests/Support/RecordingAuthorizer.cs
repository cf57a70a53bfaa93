using RoleCall.Ec2.Authorization;

namespace RoleCall.Ec2.Tests.Support;

/// <summary>Records every access request and answers with <see cref="Decide"/> (allow everything by default).</summary>
public sealed class RecordingAuthorizer : IEc2Authorizer
{
    public List<Ec2AccessRequest> Requests { get; } = [];

    public Func<Ec2AccessRequest, bool> Decide { get; set; } = _ => true;

    public Ec2Decision Authorize(Ec2AccessRequest request)
    {
        Requests.Add(request);
        return Decide(request)
            ? Ec2Decision.Allow
            : new Ec2Decision(false, $"User: arn:aws:iam::123456789012:user/test is not authorized to perform: {request.Action} on resource: {request.ResourceArn}", "ENCODED");
    }
}
