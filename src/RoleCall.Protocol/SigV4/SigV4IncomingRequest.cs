namespace RoleCall.Protocol.SigV4;

/// <summary>
/// What the verifier needs of an incoming request besides its headers: the method, the path exactly as
/// received (the raw request target before `?`, still percent-encoded), the raw query string without `?`,
/// and the lower-case hex SHA-256 of the body (<see cref="PayloadHash.Of"/>).
/// </summary>
public readonly record struct SigV4IncomingRequest(string Method, string Path, string Query, string PayloadSha256);
