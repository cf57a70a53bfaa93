using System.Net.Security;

namespace RoleCall.Credentials.Http;

/// <summary>
/// HTTP/1.1 straight over a socket (TLS for https), one kept-alive connection at a time: all a command that
/// makes a handful of sequential Query calls needs. It exists for start-up time: HttpClient's first request
/// compiles some 300 generic methods at run time (about 50 ms of CPU in a fresh process), which is most of
/// what a whole `rolecall sts assume-role` costs. Proxies are HttpClient's job (see <see cref="QueryTransports"/>).
/// The I/O is synchronous: a CLI waits for each answer anyway, and it keeps the async machinery out of start-up.
/// </summary>
public sealed class DirectHttpTransport : IQueryTransport, IDisposable
{
    private readonly TransportSettings _settings;
    // Read on the first https connection only: an http endpoint never needs the CA bundle (nor loads
    // System.Net.Security, which a Lazy<RemoteCertificateValidationCallback> field did at construction).
    private RemoteCertificateValidationCallback? _certificateCheck;
    private bool _certificateCheckRead;
    private readonly Lock _gate = new();
    private HttpConnection? _idle;

    /// <param name="settings">Timeouts and certificate checks; <see cref="TransportSettings.Default"/> when null.</param>
    public DirectHttpTransport(TransportSettings? settings = null)
    {
        _settings = settings ?? TransportSettings.Default;
    }

    public Task<QueryHttpResponse> PostAsync(Uri url, IReadOnlyList<KeyValuePair<string, string>> headers, byte[] body, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(url);
        return SendAsync("POST", url, HttpTarget.Of(url).PathAndQuery, headers, body, cancellation);
    }

    public Task<QueryHttpResponse> SendAsync(string method, Uri url, string pathAndQuery, IReadOnlyList<KeyValuePair<string, string>> headers, byte[] body, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(pathAndQuery);
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(body);
        try
        {
            var target = HttpTarget.Of(url) with { PathAndQuery = pathAndQuery };
            return Task.FromResult(Send(new HttpRequestLine(method, target), headers, body, cancellation));
        }
        catch (Exception ex)
        {
            return Task.FromException<QueryHttpResponse>(ex);
        }
    }

    /// <summary>A POST to a target read without System.Uri (<see cref="HttpEndpoint"/>).</summary>
    internal Task<QueryHttpResponse> SendAsync(string method, HttpTarget target, IReadOnlyList<KeyValuePair<string, string>> headers, byte[] body, CancellationToken cancellation)
    {
        try
        {
            return Task.FromResult(Send(new HttpRequestLine(method, target), headers, body, cancellation));
        }
        catch (Exception ex)
        {
            return Task.FromException<QueryHttpResponse>(ex);
        }
    }

    public void Dispose() => TakeIdle()?.Dispose();

    private QueryHttpResponse Send(HttpRequestLine line, IReadOnlyList<KeyValuePair<string, string>> headers, byte[] body, CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        var target = line.Target;
        var reused = TakeIdle(target);
        if (reused is not null)
        {
            // A kept-alive connection the server closed meanwhile fails before any answer arrives; that
            // request was never seen, so it is sent once more on a new connection (as HttpClient does).
            try
            {
                return Exchange(reused, line, headers, body, cancellation);
            }
            catch (StaleConnectionException)
            {
            }
        }

        var connection = Connect(target, cancellation);
        try
        {
            return Exchange(connection, line, headers, body, cancellation);
        }
        catch (StaleConnectionException ex)
        {
            throw HttpFailures.Of($"the server at {target} closed the connection without answering", ex.InnerException ?? ex);
        }
    }

    private HttpConnection Connect(HttpTarget target, CancellationToken cancellation)
    {
        var certificateCheck = target.Tls ? CertificateCheck() : null;
        using var abort = Abort.After(_settings.ConnectTimeout, cancellation);
        try
        {
            return HttpConnection.Open(target, _settings, certificateCheck, abort);
        }
        catch (Exception ex) when (ex is not HttpRequestException)
        {
            throw abort.Translate(ex, $"could not connect to {target}");
        }
    }

    private RemoteCertificateValidationCallback? CertificateCheck()
    {
        lock (_gate)
        {
            if (!_certificateCheckRead)
            {
                _certificateCheck = CertificateTrust.CallbackFor(_settings);
                _certificateCheckRead = true;
            }

            return _certificateCheck;
        }
    }

    private QueryHttpResponse Exchange(HttpConnection connection, HttpRequestLine line, IReadOnlyList<KeyValuePair<string, string>> headers, byte[] body, CancellationToken cancellation)
    {
        var target = line.Target;
        using var abort = Abort.OnCancel(connection, cancellation);
        try
        {
            var response = connection.Send(line, headers, body);
            if (connection.Reusable)
            {
                KeepIdle(connection);
            }
            else
            {
                connection.Dispose();
            }

            return response;
        }
        catch (Exception ex)
        {
            connection.Dispose();
            if (cancellation.IsCancellationRequested)
            {
                throw new OperationCanceledException("the call was cancelled", ex, cancellation);
            }

            if (ex is StaleConnectionException or HttpRequestException)
            {
                throw;
            }

            throw abort.Translate(ex, $"the connection to {target} failed");
        }
    }

    private HttpConnection? TakeIdle(HttpTarget? target = null)
    {
        lock (_gate)
        {
            var idle = _idle;
            _idle = null;
            if (idle is null || target is null || (idle.Target == target && idle.LooksOpen()))
            {
                return idle;
            }

            idle.Dispose();
            return null;
        }
    }

    private void KeepIdle(HttpConnection connection)
    {
        HttpConnection? previous;
        lock (_gate)
        {
            previous = _idle;
            _idle = connection;
        }

        previous?.Dispose();
    }
}
