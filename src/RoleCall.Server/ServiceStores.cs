using RoleCall.Ec2.Store;
using RoleCall.IdentityCenter.Store;
using RoleCall.Iam.Store;
using RoleCall.S3.Bodies;
using RoleCall.S3.Store;

namespace RoleCall.Server;

/// <summary>
/// Every store port a server runs over, opened together by the composition root (SQLite in a data
/// directory or in memory; see RoleCall.Cli's SqliteStores). The server disposes them at stop, in reverse order.
/// </summary>
public sealed record ServiceStores(IIamStore Iam, IS3Store S3, IObjectBodies S3Bodies, IEc2Store Ec2, IIdentityCenterStore IdentityCenter) : IDisposable
{
    public void Dispose()
    {
        (IdentityCenter as IDisposable)?.Dispose();
        (Ec2 as IDisposable)?.Dispose();
        (S3Bodies as IDisposable)?.Dispose();
        (S3 as IDisposable)?.Dispose();
        (Iam as IDisposable)?.Dispose();
    }
}
