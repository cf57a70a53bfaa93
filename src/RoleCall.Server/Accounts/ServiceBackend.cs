using RoleCall.Ec2.Service;
using RoleCall.Ec2.Store;
using RoleCall.Iam;
using RoleCall.Iam.Authorization;
using RoleCall.Iam.Sqlite.S3;
using RoleCall.Iam.Store;
using RoleCall.Iam.Sts.Clock;
using RoleCall.S3;

namespace RoleCall.Server.Accounts;

/// <summary>
/// The IAM/STS service behind a <see cref="LocalServer"/>, composed over its store: SQLite in the data
/// directory, or in memory. Owns the store's lifetime.
/// </summary>
internal sealed class ServiceBackend : IAsyncDisposable
{
    private readonly IamService _service;
    private readonly IIamStore _store;
    private readonly SqliteS3Store _s3Store;
    private readonly FileObjectBodies _s3Bodies;
    private readonly IEc2Store _ec2Store;

    private ServiceBackend(IamService service, IIamStore store, SqliteS3Store s3Store, FileObjectBodies s3Bodies, ServiceClock clock, Ec2Service ec2, IEc2Store ec2Store)
    {
        _service = service;
        _store = store;
        _s3Store = s3Store;
        _s3Bodies = s3Bodies;
        S3 = new S3Service(s3Store, s3Bodies, service.Access, clock);
        Ec2 = ec2;
        _ec2Store = ec2Store;
    }

    /// <summary>EC2, per account and region, over its own store.</summary>
    public Ec2Service Ec2 { get; }

    public IIamService Service => _service;

    /// <summary>The concrete service: console sign-in and root passwords live beside the action table.</summary>
    public IamService Iam => _service;

    /// <summary>S3 over its own metadata database and body files, authorized by the same IAM engine.</summary>
    public S3Service S3 { get; }

    public static ServiceBackend Open(LocalServerOptions options, ServiceClock clock)
    {
        var store = StoreFactory.Open(options.DataDirectory);
        var service = new IamService(store, clock);
        if (options.ExplainLog is { } log)
        {
            ExplainRegistry.Attach(service.Runtime, new TextWriterExplainSink(log));
        }

        var (s3Store, s3Bodies) = StoreFactory.OpenS3(options.DataDirectory);
        var ec2Store = StoreFactory.OpenEc2(options.DataDirectory);
        return new ServiceBackend(service, store, s3Store, s3Bodies, clock, new Ec2Service(ec2Store, clock), ec2Store);
    }

    /// <summary>Creates the account when missing and returns its root key (Generated when made just now).</summary>
    public RootCredentials EnsureAccount(string accountId, string? rootKeyId, string? rootSecret) =>
        _service.CreateAccount(accountId, rootKeyId, rootSecret);

    public ValueTask DisposeAsync()
    {
        (_ec2Store as IDisposable)?.Dispose();
        (_store as IDisposable)?.Dispose();
        _s3Store.Dispose();
        _s3Bodies.Dispose();
        return ValueTask.CompletedTask;
    }
}
