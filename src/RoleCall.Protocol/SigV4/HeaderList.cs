namespace RoleCall.Protocol.SigV4;

/// <summary>An <see cref="ISigV4HeaderSource"/> over a plain list of headers (tests, tools, small servers).</summary>
public readonly struct HeaderList : ISigV4HeaderSource
{
    private readonly IReadOnlyList<KeyValuePair<string, string>> _headers;

    public HeaderList(IReadOnlyList<KeyValuePair<string, string>> headers)
    {
        _headers = headers;
    }

    public string? GetValue(string name)
    {
        string? joined = null;
        foreach (var (key, value) in _headers ?? [])
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                joined = joined is null ? value : joined + "," + value;
            }
        }

        return joined;
    }
}
