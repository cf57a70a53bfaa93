using System.Globalization;
using System.Text.Json.Nodes;
using RoleCall.Cli.Commands.Iam.Model;

namespace RoleCall.Cli.Commands.Iam.Parameters;

/// <summary>
/// Gives shorthand's strings the types the model asks for, as the AWS CLI's BackCompatVisitor does
/// (awscli/shorthand.py): a single value where a list is expected becomes a one-item list
/// (`ContextKeyValues=true`), and integers and booleans are converted from their text. Anything else is left
/// for <see cref="ParameterValidator"/> to report in botocore's words.
/// </summary>
internal static class ShorthandShapes
{
    public static JsonNode Apply(ModelShape shape, JsonNode value)
    {
        switch (shape.Type)
        {
            case "structure" when value is JsonObject obj:
                foreach (var member in shape.Members)
                {
                    if (obj[member.Name] is { } child)
                    {
                        obj[member.Name] = Apply(member.Shape, child.DeepClone());
                    }
                }

                return obj;
            case "map" when value is JsonObject map:
                foreach (var key in map.Select(p => p.Key).ToList())
                {
                    map[key] = Apply(shape.Element!, map[key]!.DeepClone());
                }

                return map;
            case "list" when value is JsonArray list:
                return new JsonArray([.. list.Select(item => Apply(shape.Element!, item!.DeepClone()))]);
            case "list":
                return new JsonArray(Apply(shape.Element!, value));
            case "integer" or "long" when value is JsonValue v && v.TryGetValue<string>(out var text)
                && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number):
                return JsonValue.Create(number);
            case "boolean" when value is JsonValue b && b.TryGetValue<string>(out var flag) && flag is "true" or "false":
                return JsonValue.Create(flag == "true");
            default:
                return value;
        }
    }
}
