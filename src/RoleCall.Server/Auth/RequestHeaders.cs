using Microsoft.AspNetCore.Http;
using RoleCall.Protocol.SigV4;

namespace RoleCall.Server.Auth;

/// <summary>Kestrel's headers as the SigV4 verifier reads them, without copying (a struct, so no boxing).</summary>
internal readonly struct RequestHeaders(IHeaderDictionary headers) : ISigV4HeaderSource
{
    public string? GetValue(string name) =>
        headers.TryGetValue(name, out var values) && values.Count > 0 ? values.ToString() : null;
}
