namespace RoleCall.Ec2.Authorization;

/// <summary>
/// The policy engine as EC2 sees it, bound to one request's caller by the server (which owns
/// authentication and the IAM side). EC2 asks once per resource an action touches; there is no allow-all
/// implementation: the server must supply the real one.
/// </summary>
public interface IEc2Authorizer
{
    Ec2Decision Authorize(Ec2AccessRequest request);
}
