namespace RoleCall.Core.Identity;

/// <summary>
/// A set of AWS credentials: long-term (no session token) or temporary (with token and expiry).
/// <see cref="ToString"/> never prints the secret or the token.
/// </summary>
public sealed record AwsCredentials(
    string AccessKeyId,
    string SecretAccessKey,
    string? SessionToken = null,
    DateTimeOffset? Expiration = null,
    string? AccountId = null)
{
    public bool IsTemporary => SessionToken is not null;

    public override string ToString() => $"AwsCredentials {{ AccessKeyId = {AccessKeyId}, Temporary = {IsTemporary}, Expiration = {Expiration:O} }}";
}
