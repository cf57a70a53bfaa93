using System.Net;
using System.Net.Security;
using System.Security.Authentication;
using System.Net.Sockets;
using System.Text;
using RoleCall.Core.Errors;

namespace RoleCall.Credentials.Http;

/// <summary>
/// One HTTP/1.1 connection: connect (and TLS), write a request, read the response it answers. Plain http on
/// Linux goes over <see cref="RawTcpStream"/> (no socket engine to start); https over Socket and SslStream.
/// </summary>
internal sealed class HttpConnection : IDisposable
{
    private readonly Stream _stream;
    private readonly IDisposable? _socket;
    private readonly Func<bool> _readable;
    private readonly ResponseReader _reader;

    private readonly TimeSpan _readTimeout;

    private HttpConnection(HttpTarget target, Stream stream, IDisposable? socket, Func<bool> readable, Action<int> setReceiveTimeout, TimeSpan readTimeout)
    {
        Target = target;
        _stream = stream;
        _socket = socket;
        _readable = readable;
        _readTimeout = readTimeout;
        _reader = new ResponseReader(stream, setReceiveTimeout);
    }

    public HttpTarget Target { get; }

    /// <summary>False once the server said it closes, or the body ran to the end of the stream.</summary>
    public bool Reusable { get; private set; } = true;

    public static HttpConnection Open(HttpTarget target, TransportSettings settings, RemoteCertificateValidationCallback? certificateCheck, Abort abort)
    {
        var readTimeout = settings.ReadTimeout;
        // 0 is "no timeout" to a socket, which is what an infinite read timeout means here.
        var timeout = readTimeout == Timeout.InfiniteTimeSpan ? 0 : (int)readTimeout.TotalMilliseconds;
        if (!target.Tls && RawTcpStream.IsSupported)
        {
            var raw = ConnectAny(target, settings.Lookup, RawTcpStream.Connect, abort.Token);
            raw.ReceiveTimeout = raw.SendTimeout = timeout;
            return new HttpConnection(target, raw, null, raw.IsReadable, ms => raw.ReceiveTimeout = ms, readTimeout);
        }

        return OpenSocket(target, settings, certificateCheck, abort, timeout);
    }

    private static HttpConnection OpenSocket(HttpTarget target, TransportSettings settings, RemoteCertificateValidationCallback? certificateCheck, Abort abort, int timeout)
    {
        var socket = ConnectAny(target, settings.Lookup, ConnectSocket, abort.Token);
        try
        {
            socket.NoDelay = true;
            socket.ReceiveTimeout = socket.SendTimeout = timeout;
            Stream stream = new NetworkStream(socket, ownsSocket: true);
            if (target.Tls)
            {
                stream = Secure(stream, socket, target, certificateCheck, abort);
            }

            return new HttpConnection(target, stream, socket, () => socket.Poll(0, SelectMode.SelectRead), ms => socket.ReceiveTimeout = ms, settings.ReadTimeout);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static Socket ConnectSocket(IPAddress address, int port, CancellationToken abort)
    {
        var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            using var registration = abort.Register(socket.Dispose);
            socket.Connect(address, port);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    // Its own method, so a plain http call never loads the TLS and certificate assemblies (start-up time).
    private static SslStream Secure(Stream stream, Socket socket, HttpTarget target, RemoteCertificateValidationCallback? certificateCheck, Abort abort)
    {
        using var registration = abort.Token.Register(socket.Dispose);
        var tls = new SslStream(stream, leaveInnerStreamOpen: false);
        try
        {
            tls.AuthenticateAsClient(new SslClientAuthenticationOptions { TargetHost = target.Host, RemoteCertificateValidationCallback = certificateCheck });
            return tls;
        }
        catch (Exception ex) when (ex is AuthenticationException or IOException && !abort.Token.IsCancellationRequested)
        {
            // As botocore says "SSL validation failed": the certificate, or an endpoint that is not https.
            throw HttpFailures.OfTls(
                $"SSL validation failed for {target}: {(ex is AuthenticationException ? SystemFailureText.Of(ex) : "the server did not complete a TLS handshake (is it http://?)")}", ex);
        }
    }

    /// <summary>An idle kept-alive connection is readable only when the server closed it (or broke protocol).</summary>
    public bool LooksOpen()
    {
        try
        {
            return !_readable();
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
        {
            return false;
        }
    }

    /// <summary>
    /// Writes the request and reads the answer. Failing before any byte of the answer arrived (other than by a
    /// timeout) is a <see cref="StaleConnectionException"/>: the server never saw the request.
    /// </summary>
    public QueryHttpResponse Send(HttpRequestLine line, IReadOnlyList<KeyValuePair<string, string>> headers, byte[] body)
    {
        var request = RequestBytes(line, headers, body);
        try
        {
            _stream.Write(request);
            _stream.Flush();
        }
        catch (IOException ex) when (!IsTimeout(ex))
        {
            throw new StaleConnectionException(ex);
        }

        var response = _reader.Read(headOnly: line.Method == "HEAD", _readTimeout);
        Reusable = response.KeepAlive;
        return response.Response;
    }

    public void Dispose()
    {
        _stream.Dispose();
        _socket?.Dispose();
    }

    private static T ConnectAny<T>(HttpTarget target, Func<string, CancellationToken, Task<IPAddress[]>>? resolve,
        Func<IPAddress, int, CancellationToken, T> connect, CancellationToken abort)
    {
        var addresses = IpLiteral.TryParse(target.Host) is { } literal ? [literal] : Lookup(target.Host, resolve, abort);
        Exception? last = null;
        foreach (var address in addresses)
        {
            abort.ThrowIfCancellationRequested();
            try
            {
                return connect(address, target.Port, abort);
            }
            catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
            {
                last = ex;
            }
        }

        throw last ?? new SocketException((int)SocketError.HostNotFound);
    }

    /// <summary>
    /// The name lookup, bounded by the connect deadline (<paramref name="abort"/>): a resolver that never
    /// answers once held a call past --cli-connect-timeout (issue 17, item 7). The wait ends at the deadline
    /// even if the lookup itself cannot be cancelled.
    /// </summary>
    private static IPAddress[] Lookup(string host, Func<string, CancellationToken, Task<IPAddress[]>>? resolve, CancellationToken abort)
    {
        var lookup = resolve is null ? Dns.GetHostAddressesAsync(host, abort) : resolve(host, abort);
        try
        {
            lookup.Wait(abort);
        }
        catch (AggregateException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException);
        }

        return lookup.Result;
    }

    private static byte[] RequestBytes(HttpRequestLine line, IReadOnlyList<KeyValuePair<string, string>> headers, byte[] body)
    {
        var target = line.Target;
        if (line.Method.AsSpan().ContainsAny(' ', '\r', '\n') || target.PathAndQuery.AsSpan().ContainsAny(' ', '\r', '\n'))
        {
            throw HttpFailures.Of("the request line contains a space or a line break");
        }

        var head = new StringBuilder(512).Append(line.Method).Append(' ').Append(target.PathAndQuery).Append(" HTTP/1.1\r\n");
        var hasHost = false;
        foreach (var (name, value) in headers)
        {
            if (value.AsSpan().ContainsAny('\r', '\n') || name.AsSpan().ContainsAny('\r', '\n'))
            {
                throw HttpFailures.Of($"header {name} contains a line break");
            }

            hasHost |= name.Equals("Host", StringComparison.OrdinalIgnoreCase);
            head.Append(name).Append(": ").Append(value).Append("\r\n");
        }

        if (!hasHost)
        {
            head.Append("Host: ").Append(target.HostHeader).Append("\r\n");
        }

        head.Append("Content-Length: ").Append(body.Length).Append("\r\n\r\n");
        var headLength = Encoding.UTF8.GetByteCount(head.ToString());
        var bytes = new byte[headLength + body.Length];
        Encoding.UTF8.GetBytes(head.ToString(), bytes);
        body.CopyTo(bytes, headLength);
        return bytes;
    }

    internal static bool IsTimeout(Exception error) =>
        error is SocketException { SocketErrorCode: SocketError.TimedOut }
        || error.InnerException is SocketException { SocketErrorCode: SocketError.TimedOut };
}
