using System.Runtime.CompilerServices;

namespace RoleCall.Credentials.Http;

/// <summary>
/// An endpoint URL read without System.Uri when it is plain: `http(s)://` + a lower-case name whose labels
/// start with a letter, or a dotted-quad IPv4 address + an optional port + a simple path (letters, digits, `-_.~`,
/// no dot segments), no query. Loading and running System.Uri costs a short-lived command about 6 ms of its
/// start-up (issue 12). Anything else goes through System.Uri as before, so every URL means what Uri says.
/// </summary>
public sealed class HttpEndpoint
{
    private HttpEndpoint(string url, string authority, HttpTarget? target)
    {
        Url = url;
        Authority = authority;
        Target = target;
    }

    /// <summary>The URL as System.Uri prints it (default port left out).</summary>
    public string Url { get; }

    /// <summary>Host and port as System.Uri's Authority (the Host header).</summary>
    public string Authority { get; }

    /// <summary>Where to connect; null when the URL went through System.Uri.</summary>
    internal HttpTarget? Target { get; }

    /// <summary>The endpoint; a URL System.Uri refuses throws as <c>new Uri(url)</c> does.</summary>
    public static HttpEndpoint Parse(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return TryParsePlain(url) ?? ThroughUri(url);
    }

    public override string ToString() => Url;

    /// <summary>Posts to the endpoint: straight to the socket transport when it can, else as a Uri.</summary>
    public Task<QueryHttpResponse> PostAsync(IQueryTransport transport, IReadOnlyList<KeyValuePair<string, string>> headers, byte[] body, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(transport);
        return transport is DirectHttpTransport direct && Target is { } target
            ? direct.SendAsync("POST", target, headers, body, cancellation)
            : PostThroughUri(transport, headers, body, cancellation);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private Task<QueryHttpResponse> PostThroughUri(IQueryTransport transport, IReadOnlyList<KeyValuePair<string, string>> headers, byte[] body, CancellationToken cancellation) =>
        transport.PostAsync(new Uri(Url), headers, body, cancellation);

    // Its own method: a `new Uri` in Parse would load System.Private.Uri whenever Parse runs.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static HttpEndpoint ThroughUri(string url)
    {
        var uri = new Uri(url);
        return new HttpEndpoint(uri.ToString(), uri.Authority, null);
    }

    internal static HttpEndpoint? TryParsePlain(string url)
    {
        var tls = url.StartsWith("https://", StringComparison.Ordinal);
        if (!tls && !url.StartsWith("http://", StringComparison.Ordinal))
        {
            return null;
        }

        var rest = url.AsSpan(tls ? 8 : 7);
        var slash = rest.IndexOf('/');
        var authority = slash < 0 ? rest : rest[..slash];
        var path = slash < 0 ? "/" : rest[slash..].ToString();
        var colon = authority.IndexOf(':');
        var host = (colon < 0 ? authority : authority[..colon]).ToString();
        var defaultPort = tls ? 443 : 80;
        var port = colon < 0 ? defaultPort : PlainPort(authority[(colon + 1)..]);
        if (port < 0 || !IsPlainHost(host) || !IsPlainPath(path))
        {
            return null;
        }

        var hostHeader = port == defaultPort ? host : $"{host}:{port}";
        return new HttpEndpoint($"{(tls ? "https" : "http")}://{hostHeader}{path}", hostHeader, new HttpTarget(tls, host, port, hostHeader, path));
    }

    private static int PlainPort(ReadOnlySpan<char> digits)
    {
        if (digits.Length is 0 or > 5 || digits[0] is < '1' or > '9')
        {
            return -1;
        }

        var value = 0;
        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return -1;
            }

            value = value * 10 + (c - '0');
        }

        return value <= 65535 ? value : -1;
    }

    // A canonical dotted quad, or DNS labels that start with a lower-case letter (so never one of IPv4's
    // other spellings, such as 127.1 or 0x7f.1, which Uri rewrites).
    private static bool IsPlainHost(string host)
    {
        if (IpLiteral.IsDottedQuad(host))
        {
            return true;
        }

        if (host.Length is 0 or > 253)
        {
            return false;
        }

        foreach (var label in host.Split('.'))
        {
            if (label.Length is 0 or > 63 || label[0] is < 'a' or > 'z' || label[^1] == '-')
            {
                return false;
            }

            foreach (var c in label)
            {
                if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool IsPlainPath(string path)
    {
        foreach (var segment in path[1..].Split('/'))
        {
            if (segment is "." or "..")
            {
                return false;
            }

            foreach (var c in segment)
            {
                if (c is not ((>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_' or '.' or '~'))
                {
                    return false;
                }
            }
        }

        return !path.Contains("//", StringComparison.Ordinal);
    }
}
