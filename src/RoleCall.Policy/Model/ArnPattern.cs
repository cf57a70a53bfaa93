namespace RoleCall.Policy.Model;

/// <summary>
/// An Arn* condition value: its six colon-separated fields compiled separately (so a wildcard never spans
/// a colon), or only the whole text when the value is not ARN-shaped (`*`).
/// </summary>
internal sealed class ArnPattern(Pattern whole, Pattern[]? fields)
{
    public Pattern Whole { get; } = whole;

    /// <summary>partition, service, region, account, resource... six patterns; null when not ARN-shaped.</summary>
    public Pattern[]? Fields { get; } = fields;
}
