namespace RoleCall.Protocol.SigV4;

/// <summary>
/// The result of header signing: the headers to add to the request, in order (`X-Amz-Date`, then
/// `x-amz-content-sha256` and `X-Amz-Security-Token` when used, then `Authorization`); any existing headers
/// of those names must be replaced. The canonical request and string to sign are kept for `--debug` and
/// tests; they hold no secret (the session token appears in the canonical request only as a header value
/// the request carries anyway).
/// </summary>
public sealed record HeaderSignature(
    IReadOnlyList<KeyValuePair<string, string>> HeadersToAdd,
    string Authorization,
    string Signature,
    string SignedHeaders,
    string CanonicalRequest,
    string StringToSign);
