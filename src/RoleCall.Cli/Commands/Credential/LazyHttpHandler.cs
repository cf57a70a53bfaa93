namespace RoleCall.Cli.Commands.Credential;

/// <summary>The container/IMDS handler, created only when the chain reaches those endpoints.</summary>
internal sealed class LazyHttpHandler : DelegatingHandler
{
    private bool _created;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!_created)
        {
            InnerHandler = new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(1) };
            _created = true;
        }

        return base.SendAsync(request, cancellationToken);
    }
}
