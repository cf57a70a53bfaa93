using RoleCall.Ec2.Authorization;

namespace RoleCall.Store.Postgres.Tests;

/// <summary>An EC2 authorizer that allows every request: these tests are about the stores, not about policies.</summary>
internal sealed class AllowAll : IEc2Authorizer
{
    public static readonly AllowAll Instance = new();

    public Ec2Decision Authorize(Ec2AccessRequest request) => Ec2Decision.Allow;
}
