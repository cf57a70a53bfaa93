namespace RoleCall.Protocol.SigV4;

/// <summary>
/// A request to sign, as it will go on the wire: method, path exactly as sent (raw or already
/// percent-encoded), the raw query string without `?`, the headers (must include `Host`), and the hex
/// SHA-256 of the body (<see cref="PayloadHash.Of"/>; the empty-body hash by default).
/// </summary>
public sealed class SigV4Request
{
    public SigV4Request(string method, string path, string query = "")
    {
        Method = method;
        Path = path;
        Query = query;
    }

    public string Method { get; }

    public string Path { get; }

    public string Query { get; }

    /// <summary>Headers in any order and case; a repeated name is one header with several values.</summary>
    public IList<KeyValuePair<string, string>> Headers { get; } = new List<KeyValuePair<string, string>>();

    public string PayloadSha256 { get; set; } = SigV4Constants.EmptyPayloadHash;

    public SigV4Request WithHeader(string name, string value)
    {
        Headers.Add(new(name, value));
        return this;
    }
}
