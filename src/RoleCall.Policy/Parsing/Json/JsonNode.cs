using RoleCall.Policy.Model;

namespace RoleCall.Policy.Parsing.Json;

/// <summary>
/// A JSON value with where it stands in the text: the policy validator reports line:column for every
/// problem, which System.Text.Json's DOM does not keep.
/// </summary>
internal sealed class JsonNode(JsonKind kind, SourcePosition start)
{
    public JsonKind Kind { get; } = kind;

    public SourcePosition Start { get; } = start;

    public SourcePosition End { get; set; } = start;

    /// <summary>String values unescaped; numbers as written; "true"/"false"/"null" for literals.</summary>
    public string Text { get; init; } = string.Empty;

    public List<JsonMember> Members { get; } = [];

    public List<JsonNode> Items { get; } = [];

    /// <summary>Strings, numbers and booleans: what IAM coerces to a string value.</summary>
    public bool IsScalar => Kind is JsonKind.String or JsonKind.Number or JsonKind.True or JsonKind.False;

    public string Describe() => Kind switch
    {
        JsonKind.Object => "an object",
        JsonKind.Array => "an array",
        JsonKind.String => "a string",
        JsonKind.Number => "a number",
        JsonKind.Null => "null",
        _ => "a boolean",
    };
}
