using System.Text.Json;
using System.Text.Json.Nodes;
using RoleCall.Cli.Commands.Iam.Model;

namespace RoleCall.Cli.Commands.Iam.Parameters;

/// <summary>botocore's client-side parameter validation: unknown and missing members, type mismatches and the model's minimums, with its wording.</summary>
internal static class ParameterValidator
{
    public static void Check(ModelShape shape, JsonNode? value, string path, List<string> problems)
    {
        var where = path.Length == 0 ? "input" : path;
        switch (shape.Type)
        {
            case "structure" when value is JsonObject obj:
                foreach (var required in shape.Required.Where(r => obj[r] is null))
                {
                    problems.Add($"Missing required parameter in {where}: \"{required}\"");
                }

                foreach (var (name, child) in obj)
                {
                    var member = shape.Members.FirstOrDefault(m => m.Name == name);
                    if (member is null)
                    {
                        problems.Add($"Unknown parameter in {where}: \"{name}\", must be one of: {string.Join(", ", shape.Members.Select(m => m.Name))}");
                        continue;
                    }

                    Check(member.Shape, child, path.Length == 0 ? name : $"{path}.{name}", problems);
                }

                break;
            case "list" when value is JsonArray array:
                Min(shape, array.Count, where, "Invalid length", "length", problems);
                for (var i = 0; i < array.Count; i++)
                {
                    Check(shape.Element!, array[i], $"{where}[{i}]", problems);
                }

                break;
            case "map" when value is JsonObject map:
                foreach (var (key, child) in map)
                {
                    Check(shape.Element!, child, $"{where}.{key}", problems);
                }

                break;
            case "integer" or "long" when value is JsonValue v && v.GetValueKind() == JsonValueKind.Number:
                Min(shape, decimal.Parse(v.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture), where, "Invalid value", "value", problems);
                break;
            case "string" when value is JsonValue s && s.GetValueKind() == JsonValueKind.String:
                Min(shape, s.GetValue<string>().Length, where, "Invalid length", "length", problems);
                break;
            case "boolean" when value is JsonValue b && b.GetValueKind() is JsonValueKind.True or JsonValueKind.False:
            case "blob" or "timestamp" when value is JsonValue t && t.GetValueKind() == JsonValueKind.String:
                break;
            default:
                problems.Add($"Invalid type for parameter {where}, value: {value?.ToJsonString() ?? "None"}, type: {Describe(value)}, valid types: {Expected(shape.Type)}");
                break;
        }
    }

    /// <summary>botocore's range_check: only the model's `min` is enforced on the client.</summary>
    private static void Min(ModelShape shape, decimal measured, string where, string what, string bound, List<string> problems)
    {
        if (shape.Min is { } min && measured < min)
        {
            problems.Add($"{what} for parameter {where}, value: {measured.ToString(System.Globalization.CultureInfo.InvariantCulture)}, valid min {bound}: {min}");
        }
    }

    private static string Describe(JsonNode? value) => value switch
    {
        JsonObject => "<class 'dict'>",
        JsonArray => "<class 'list'>",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => "<class 'str'>",
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => "<class 'int'>",
        JsonValue => "<class 'bool'>",
        _ => "<class 'NoneType'>",
    };

    private static string Expected(string type) => type switch
    {
        "structure" or "map" => "<class 'dict'>",
        "list" => "<class 'list'>, <class 'tuple'>",
        "integer" or "long" => "<class 'int'>",
        "boolean" => "<class 'bool'>",
        _ => "<class 'str'>",
    };
}
