namespace RoleCall.Server.FrontDoor;

/// <summary>
/// What the front door knows, built once by the composition root: the signed services by scope name and the
/// pre-authentication routes in order. Two endpoints for one service name are a wiring bug.
/// </summary>
internal sealed class FrontDoorRoutes
{
    private readonly Dictionary<string, IServiceEndpoint> _endpoints = new(StringComparer.Ordinal);

    public FrontDoorRoutes(IEnumerable<IServiceEndpoint> endpoints, IEnumerable<PreAuthRoute> routes)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        foreach (var endpoint in endpoints)
        {
            if (!_endpoints.TryAdd(endpoint.Service, endpoint))
            {
                throw new InvalidOperationException($"Two endpoints registered for the service '{endpoint.Service}'.");
            }
        }

        Routes = [.. routes];
        Offered = [.. _endpoints.Keys.Order(StringComparer.Ordinal)];
    }

    public IReadOnlyList<PreAuthRoute> Routes { get; }

    /// <summary>The services serve answers, sorted: named in the error for any other.</summary>
    public IReadOnlyList<string> Offered { get; }

    public IServiceEndpoint? Find(string service) => _endpoints.GetValueOrDefault(service);
}
