namespace RoleCall.Protocol.SigV4;

/// <summary>
/// The result of query signing (a presigned URL): <see cref="Query"/> is the complete query string to send
/// (the original parameters, then `X-Amz-Algorithm`, `-Credential`, `-Date`, `-SignedHeaders`, `-Expires`,
/// `-Security-Token` when there is one, and `X-Amz-Signature` last).
/// </summary>
public sealed record PresignedRequest(string Query, string Signature, string CanonicalRequest, string StringToSign);
