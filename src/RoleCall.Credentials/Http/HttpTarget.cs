namespace RoleCall.Credentials.Http;

/// <summary>Where a connection goes: scheme, the host to resolve, port, and the Host header for it.</summary>
internal sealed record HttpTarget(bool Tls, string Host, int Port, string HostHeader, string PathAndQuery)
{
    public static HttpTarget Of(Uri url)
    {
        var tls = url.Scheme switch
        {
            "https" => true,
            "http" => false,
            _ => throw HttpFailures.Of($"unsupported URL scheme '{url.Scheme}' in {url}: use http or https"),
        };
        var hostHeader = url.IsDefaultPort ? url.IdnHost : $"{url.IdnHost}:{url.Port}";
        return new HttpTarget(tls, url.DnsSafeHost, url.Port, hostHeader, url.PathAndQuery.Length == 0 ? "/" : url.PathAndQuery);
    }

    /// <summary>Connections are shared per scheme, host and port; the path does not matter.</summary>
    public bool Equals(HttpTarget? other) =>
        other is not null && Tls == other.Tls && Port == other.Port && string.Equals(Host, other.Host, StringComparison.OrdinalIgnoreCase);

    public override int GetHashCode() => HashCode.Combine(Tls, Port, StringComparer.OrdinalIgnoreCase.GetHashCode(Host));

    public override string ToString() => $"{(Tls ? "https" : "http")}://{HostHeader}";
}
