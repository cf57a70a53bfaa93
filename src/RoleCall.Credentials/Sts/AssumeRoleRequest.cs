namespace RoleCall.Credentials.Sts;

/// <summary>AssumeRole's parameters (the AWS CLI's flags); optional ones are sent only when set.</summary>
public sealed record AssumeRoleRequest(string RoleArn, string RoleSessionName)
{
    public string? ExternalId { get; init; }

    public string? SerialNumber { get; init; }

    /// <summary>The MFA code; a one-time secret, so not printed by ToString.</summary>
    public string? TokenCode { get; init; }

    public int? DurationSeconds { get; init; }

    /// <summary>An inline session policy (JSON text).</summary>
    public string? Policy { get; init; }

    public IReadOnlyList<string> PolicyArns { get; init; } = [];

    public IReadOnlyList<StsTag> Tags { get; init; } = [];

    public IReadOnlyList<string> TransitiveTagKeys { get; init; } = [];

    public string? SourceIdentity { get; init; }

    public override string ToString() =>
        $"AssumeRoleRequest {{ RoleArn = {RoleArn}, RoleSessionName = {RoleSessionName}, SerialNumber = {SerialNumber}, DurationSeconds = {DurationSeconds} }}";
}
