using RoleCall.Iam.Model;

namespace RoleCall.Iam;

/// <summary>
/// An access key as the server's SigV4 verifier needs it: the secret to check the signature with, the token
/// a temporary key must present, and the caller the key authenticates.
/// </summary>
public sealed record SigningKey(
    string AccessKeyId,
    string SecretAccessKey,
    bool Active,
    Caller Caller,
    string? SessionToken = null,
    DateTimeOffset? Expiration = null);
