namespace RoleCall.Credentials.Http;

/// <summary>What the request line says: the method and the target (whose path and query go on the wire as they are).</summary>
internal sealed record HttpRequestLine(string Method, HttpTarget Target);
