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
    private readonly List<IAsyncDisposable> _owned = [];

    private ServiceBackend(IamService service, IIamStore store)
    {
        _service = service;
        _store = store;
    }

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

        return new ServiceBackend(service, store);
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

        (_store as IDisposable)?.Dispose();
    }
}
