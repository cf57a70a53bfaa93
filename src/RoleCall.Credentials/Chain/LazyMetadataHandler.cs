namespace RoleCall.Credentials.Chain;

/// <summary>
/// The container/IMDS handler when <see cref="ChainServices.MetadataHandler"/> is null: created by the builder
/// only for a chain that reaches those endpoints, with its sockets handler made on the first request. A
/// handler handed to every chain up front loaded System.Net.Http (and its event source) into every `rolecall
/// env`, which never calls the endpoints for a role or SSO profile (issue 12).
/// </summary>
internal sealed class LazyMetadataHandler : DelegatingHandler
{
    private bool _created;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!_created)
        {
            // IMDS answers within a second or not at all (botocore's default metadata timeout is 1 s).
            InnerHandler = new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(1) };
            _created = true;
        }

        return base.SendAsync(request, cancellationToken);
    }
}
