using Microsoft.AspNetCore.Http;

namespace RoleCall.Server.Http;

/// <summary>
/// One HTTP request as authentication and dispatch need it: the raw target (SigV4 signs the path and query
/// exactly as sent), the headers, the body bytes (for the payload hash) and the decoded Query-protocol
/// parameters from the query string and the form body together.
/// </summary>
internal sealed class IncomingRequest(string method, string rawPath, string rawQuery, IHeaderDictionary headers, byte[] body, Dictionary<string, string> parameters)
{
    public string Method { get; } = method;

    /// <summary>The path as sent, still percent-encoded.</summary>
    public string RawPath { get; } = rawPath;

    /// <summary>The query string as sent, without the '?'.</summary>
    public string RawQuery { get; } = rawQuery;

    public IHeaderDictionary Headers { get; } = headers;

    public byte[] Body { get; } = body;

    /// <summary>Decoded parameters; a form field wins over a query parameter of the same name.</summary>
    public Dictionary<string, string> Parameters { get; } = parameters;

    /// <summary>A header's value, repeated values joined by commas as SigV4 canonicalization expects; null when absent.</summary>
    public string? Header(string name) =>
        Headers.TryGetValue(name, out var values) && values.Count > 0 ? values.ToString() : null;

    public string? Parameter(string name) => Parameters.GetValueOrDefault(name);
}
