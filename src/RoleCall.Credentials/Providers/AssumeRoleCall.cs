namespace RoleCall.Credentials.Providers;

/// <summary>The parameters of one AssumeRole call as the provider sends it (TokenCode only with SerialNumber).</summary>
public sealed record AssumeRoleCall(
    string RoleArn,
    string RoleSessionName,
    string? ExternalId = null,
    string? SerialNumber = null,
    string? TokenCode = null,
    int? DurationSeconds = null,
    string? SourceIdentity = null);
