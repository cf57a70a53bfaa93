using System.Globalization;
using RoleCall.Protocol.Ec2Query;
using RoleCall.Protocol.Query;

namespace RoleCall.Ec2.Shapes;

/// <summary>Builders for EC2 response trees, by wire name; null children are elements EC2 leaves out.</summary>
internal static class X
{
    public static ResultValue Text(string name, string value) => new(name, value);

    public static ResultValue? Optional(string name, string? value) => value is null ? null : new(name, value);

    public static ResultValue Number(string name, long value) => new(name, value.ToString(CultureInfo.InvariantCulture), ScalarKind.Number);

    public static ResultValue Bool(string name, bool value) => new(name, value ? "true" : "false", ScalarKind.Boolean);

    /// <summary>EC2 timestamps carry milliseconds: `2026-12-06T03:04:22.000Z`.</summary>
    public static ResultValue Time(string name, DateTimeOffset value) =>
        new(name, value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture), ScalarKind.Timestamp);

    public static ResultStruct Struct(string name, params ResultNode?[] children) => new(name, [.. children.OfType<ResultNode>()]);

    /// <summary>A list; the writer names each member `item`.</summary>
    public static ResultList List(string name, IEnumerable<ResultNode> members) => new(name, [.. members]);

    public static ResultStruct Item(params ResultNode?[] children) => Struct("item", children);

    /// <summary>`tagSet` with `key`/`value` items; EC2 omits an empty tag set.</summary>
    public static ResultList? Tags(IReadOnlyList<Ec2Tag> tags) =>
        tags.Count == 0 ? null : List("tagSet", tags.Select(t => Item(Text("key", t.Key), Text("value", t.Value))));
}
