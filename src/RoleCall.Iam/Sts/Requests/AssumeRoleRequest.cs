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
        StsParameters.Get(p, "RoleArn"),
        StsParameters.Get(p, "RoleSessionName"),
        StsParameters.GetInt(p, "DurationSeconds", "durationSeconds"),
        StsParameters.Get(p, "ExternalId"),
        StsParameters.Get(p, "SerialNumber"),
        StsParameters.Get(p, "TokenCode"),
        StsParameters.Get(p, "Policy"),
        StsParameters.GetList(p, "PolicyArns", "arn"),
        StsParameters.GetTags(p, "Tags"),
        StsParameters.GetList(p, "TransitiveTagKeys"),
        StsParameters.Get(p, "SourceIdentity"));
}
