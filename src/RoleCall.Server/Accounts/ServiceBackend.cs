using RoleCall.Ec2.Service;
using RoleCall.Ec2.Store;
using RoleCall.Iam;
using RoleCall.Iam.Authorization;
using RoleCall.Iam.Store;
using RoleCall.Iam.Sts.Clock;

namespace RoleCall.Server.Accounts;

/// <summary>
/// The IAM/STS service behind a <see cref="LocalServer"/>, composed over its store: SQLite in the data
/// directory, or in memory. Owns the store's lifetime.
/// </summary>
internal sealed class ServiceBackend : IAsyncDisposable
{
    private readonly IamService _service;
    private readonly IIamStore _store;
    private readonly IEc2Store _ec2Store;

    private ServiceBackend(IamService service, IIamStore store, Ec2Service ec2, IEc2Store ec2Store)
    {
        _service = service;
        _store = store;
        Ec2 = ec2;
        _ec2Store = ec2Store;
    }

    /// <summary>EC2, per account and region, over its own store.</summary>
    public Ec2Service Ec2 { get; }

    public IIamService Service => _service;

    /// <summary>The concrete service: console sign-in and root passwords live beside the action table.</summary>
    public IamService Iam => _service;

    public static ServiceBackend Open(LocalServerOptions options, ServiceClock clock)
    {
        var store = StoreFactory.Open(options.DataDirectory);
        var service = new IamService(store, clock);
        if (options.ExplainLog is { } log)
        {
            ExplainRegistry.Attach(service.Runtime, new TextWriterExplainSink(log));
        }

        var ec2Store = StoreFactory.OpenEc2(options.DataDirectory);
        return new ServiceBackend(service, store, new Ec2Service(ec2Store, clock), ec2Store);
    }

    /// <summary>Creates the account when missing and returns its root key (Generated when made just now).</summary>
    public RootCredentials EnsureAccount(string accountId, string? rootKeyId, string? rootSecret) =>
        _service.CreateAccount(accountId, rootKeyId, rootSecret);

    public ValueTask DisposeAsync()
    {
        (_ec2Store as IDisposable)?.Dispose();
        (_store as IDisposable)?.Dispose();
        return ValueTask.CompletedTask;
    }
}
