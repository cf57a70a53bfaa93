using System.Globalization;
using RoleCall.Iam.Model;
using RoleCall.Iam.Validation;

namespace RoleCall.Iam.Handlers;

/// <summary>
/// Typed access to a Query request's flat parameters (`UserName`, `Tags.member.1.Key`). Missing required
/// values and malformed numbers become ValidationErrors naming the field as AWS does (`userName`).
/// </summary>
public sealed class ParameterReader(IReadOnlyDictionary<string, string> values)
{
    public string? Optional(string name) => values.TryGetValue(name, out var value) ? value : null;

    public string Required(string name) => Optional(name) ?? throw IamErrors.Missing(FieldName(name));

    /// <summary>`UserName` -> `userName`: how IAM's validation messages name a parameter.</summary>
    public static string FieldName(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    public int? OptionalInt(string name)
    {
        var text = Optional(name);
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw IamErrors.Constraint(text, FieldName(name), "Member must be a valid integer");
    }

    public bool? OptionalBool(string name) => Optional(name) switch
    {
        null => null,
        var text when text.Equals("true", StringComparison.OrdinalIgnoreCase) => true,
        var text when text.Equals("false", StringComparison.OrdinalIgnoreCase) => false,
        var text => throw IamErrors.Constraint(text, FieldName(name), "Member must be a boolean"),
    };

    /// <summary>`Name.member.1`, `Name.member.2`, ... up to the first gap.</summary>
    public IReadOnlyList<string> List(string name)
    {
        var items = new List<string>();
        for (var i = 1; values.TryGetValue($"{name}.member.{i}", out var item); i++)
        {
            items.Add(item);
        }

        return items;
    }

    /// <summary>`Tags.member.N.Key` / `.Value` pairs (a missing value is the empty string).</summary>
    public IReadOnlyList<Tag> Tags(string name = "Tags")
    {
        var tags = new List<Tag>();
        for (var i = 1; values.TryGetValue($"{name}.member.{i}.Key", out var key); i++)
        {
            tags.Add(new Tag(key, Optional($"{name}.member.{i}.Value") ?? ""));
        }

        return tags;
    }
}
