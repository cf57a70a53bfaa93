namespace RoleCall.Iam.Sts.Requests;

/// <summary>AssumeRole's parameters as sent, before validation. https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html</summary>
internal sealed record AssumeRoleRequest(
    string? RoleArn,
    string? RoleSessionName,
    int? DurationSeconds,
    string? ExternalId,
    string? SerialNumber,
    string? TokenCode,
    string? Policy,
    IReadOnlyList<string> PolicyArns,
    IReadOnlyList<KeyValuePair<string, string>> Tags,
    IReadOnlyList<string> TransitiveTagKeys,
    string? SourceIdentity)
{
    public static AssumeRoleRequest From(IReadOnlyDictionary<string, string> p) => new(
        QueryParameters.Get(p, "RoleArn"),
        QueryParameters.Get(p, "RoleSessionName"),
        QueryParameters.GetInt(p, "DurationSeconds", "durationSeconds"),
        QueryParameters.Get(p, "ExternalId"),
        QueryParameters.Get(p, "SerialNumber"),
        QueryParameters.Get(p, "TokenCode"),
        QueryParameters.Get(p, "Policy"),
        QueryParameters.GetList(p, "PolicyArns", "arn"),
        QueryParameters.GetTags(p, "Tags"),
        QueryParameters.GetList(p, "TransitiveTagKeys"),
        QueryParameters.Get(p, "SourceIdentity"));
}
