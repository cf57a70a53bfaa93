namespace RoleCall.Protocol.SigV4;

/// <summary>
/// What verifies the chunk signatures of a `STREAMING-AWS4-HMAC-SHA256-PAYLOAD` body: the request's signing
/// key, time and scope, and its (already verified) header signature, which seeds the chain. Each chunk's
/// signature is HMAC over `AWS4-HMAC-SHA256-PAYLOAD\nDATE\nSCOPE\nPREVIOUS\nSHA256("")\nSHA256(chunk)`.
/// https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-streaming.html
/// </summary>
public sealed record ChunkSigning(byte[] SigningKey, string AmzDate, CredentialScope Scope, string SeedSignature);
