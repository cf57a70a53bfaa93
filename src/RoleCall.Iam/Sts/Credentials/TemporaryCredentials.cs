namespace RoleCall.Iam.Sts.Credentials;

/// <summary>A freshly issued set of temporary credentials, as the `Credentials` element of STS responses carries it.</summary>
internal sealed record TemporaryCredentials(string AccessKeyId, string SecretAccessKey, string SessionToken, DateTimeOffset Expiration)
{
    // The secret and token never print (records would otherwise show them in logs and test failures).
    public override string ToString() => $"TemporaryCredentials {{ AccessKeyId = {AccessKeyId}, Expiration = {Expiration:O} }}";
}
