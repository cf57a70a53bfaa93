namespace RoleCall.Iam.Model;

/// <summary>
/// Temporary credentials issued by STS (an `ASIA` key): the secret and token the verifier checks, and the
/// caller (with its <see cref="SessionContext"/>) the key authenticates. <see cref="ToString"/> hides secrets.
/// </summary>
public sealed record TemporarySession(string AccessKeyId, string SecretAccessKey, string SessionToken, Caller Caller)
{
    public DateTimeOffset Expiration => Caller.Session?.Expiration ?? DateTimeOffset.MinValue;

    public override string ToString() => $"TemporarySession {{ AccessKeyId = {AccessKeyId}, Arn = {Caller.Arn}, Expiration = {Expiration:O} }}";
}
