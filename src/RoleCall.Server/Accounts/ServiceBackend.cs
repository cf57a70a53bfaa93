using RoleCall.Ec2.Service;
using RoleCall.IdentityCenter;
using RoleCall.Iam;
using RoleCall.Iam.Authorization;
using RoleCall.Iam.Sts;
using RoleCall.Iam.Sts.Clock;
using RoleCall.S3;

namespace RoleCall.Server.Accounts;

/// <summary>
/// The services behind a <see cref="LocalServer"/>, composed over the stores the options name
/// (<see cref="LocalServerOptions.Store"/>): IAM/STS, and S3 and EC2 authorized by the same IAM engine. Owns the
/// stores' lifetime.
/// </summary>
internal sealed class ServiceBackend : IAsyncDisposable
{
    private readonly IamService _service;
    private readonly ServiceStores _stores;
    private readonly List<IAsyncDisposable> _owned = [];

    private ServiceBackend(IamService service, ServiceStores stores, ServiceClock clock, string managementAccountId)
    {
        _service = service;
        _stores = stores;
        S3 = new S3Service(stores.S3, stores.S3Bodies, service.Access, clock);
        Ec2 = new Ec2Service(stores.Ec2, clock);
        IdentityCenter = new IdentityCenterService(stores.IdentityCenter, service, clock, managementAccountId);
    }

    public IIamService Service => _service;

    /// <summary>The concrete service: console sign-in and root passwords live beside the action table.</summary>
    public IamService Iam => _service;

    /// <summary>S3 over its own metadata database and body files, authorized by the same IAM engine.</summary>
    public S3Service S3 { get; }

    /// <summary>EC2, per account and region, over its own store.</summary>
    public Ec2Service Ec2 { get; }

    /// <summary>Identity Center: the first account is the organisation's management account.</summary>
    public IdentityCenterService IdentityCenter { get; }

    public static ServiceBackend Open(LocalServerOptions options, ServiceClock clock)
    {
        var stores = options.Store.Open();
        var service = new IamService(stores.Iam, clock);
        if (options.ExplainLog is { } log)
        {
            ExplainRegistry.Attach(service.Runtime, new TextWriterExplainSink(log));
        }

        var backend = new ServiceBackend(service, stores, clock, options.AccountId);
        backend.Own(new SessionPurger(stores.Iam, clock));
        return backend;
    }

    /// <summary>Creates the account when missing and returns its root key (Generated when made just now).</summary>
    public RootCredentials EnsureAccount(string accountId, string? rootKeyId, string? rootSecret) =>
        _service.CreateAccount(accountId, rootKeyId, rootSecret);

    /// <summary>Ties a component's lifetime (the web console's renderer) to the backend's: disposed first, on shutdown.</summary>
    public T Own<T>(T component)
        where T : IAsyncDisposable
    {
        _owned.Add(component);
        return component;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var component in _owned)
        {
            await component.DisposeAsync();
        }

        _stores.Dispose();
    }
}
