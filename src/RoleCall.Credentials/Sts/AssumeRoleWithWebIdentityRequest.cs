namespace RoleCall.Credentials.Sts;

/// <summary>AssumeRoleWithWebIdentity's parameters; the token is a secret and never printed.</summary>
public sealed record AssumeRoleWithWebIdentityRequest(string RoleArn, string RoleSessionName, string WebIdentityToken)
{
    public string? ProviderId { get; init; }

    public string? Policy { get; init; }

    public IReadOnlyList<string> PolicyArns { get; init; } = [];

    public int? DurationSeconds { get; init; }

    public override string ToString() =>
        $"AssumeRoleWithWebIdentityRequest {{ RoleArn = {RoleArn}, RoleSessionName = {RoleSessionName}, ProviderId = {ProviderId} }}";
}
