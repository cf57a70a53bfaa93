using RoleCall.Core.Time;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Handlers;

/// <summary>Builders for the response tree; null children are optional elements AWS leaves out.</summary>
public static class Result
{
    public static ResultStruct Of(string action, params ResultNode?[] children) => Struct($"{action}Result", children);

    public static ResultStruct Struct(string name, params ResultNode?[] children) => new(name, [.. children.OfType<ResultNode>()]);

    public static ResultList List(string name, IEnumerable<ResultNode> members) => new(name, [.. members]);

    public static ResultValue Text(string name, string value) => new(name, value);

    public static ResultValue? OptionalText(string name, string? value) => value is null ? null : new(name, value);

    public static ResultValue Date(string name, DateTimeOffset value) => new(name, AwsTimeFormats.ToIso8601(value), ScalarKind.Timestamp);

    public static ResultValue? OptionalDate(string name, DateTimeOffset? value) => value is { } t ? Date(name, t) : null;

    public static ResultValue Bool(string name, bool value) => new(name, value ? "true" : "false", ScalarKind.Boolean);

    public static ResultValue Number(string name, long value) =>
        new(name, value.ToString(System.Globalization.CultureInfo.InvariantCulture), ScalarKind.Number);

    /// <summary>IAM returns policy documents URL-encoded (RFC 3986), which the AWS CLI decodes for display.</summary>
    public static ResultValue Document(string name, string json) => Text(name, Uri.EscapeDataString(json));

    /// <summary>`IsTruncated` and, when truncated, the `Marker` to continue from.</summary>
    public static ResultNode?[] Paging(string? nextMarker) =>
        [Bool("IsTruncated", nextMarker is not null), OptionalText("Marker", nextMarker)];
}
