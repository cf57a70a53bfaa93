using System.Text.Json;
using System.Text.Json.Nodes;
using RoleCall.Cli.Commands.Iam.Model;

namespace RoleCall.Cli.Commands.Iam.Parameters;

/// <summary>
/// Writes validated input as Query-protocol parameters: `Name=v`, lists as `Name.member.N`, structures as
/// `Name.Field`, maps as `Name.entry.N.key`/`.value` (N from 1), as botocore's Query serializer does.
/// </summary>
internal static class QueryFlattener
{
    public static List<KeyValuePair<string, string>> Flatten(ModelShape input, JsonObject values)
    {
        var result = new List<KeyValuePair<string, string>>();
        foreach (var member in input.Members)
        {
            if (values[member.Name] is { } value)
            {
                Add(member.Shape, value, member.Name, result);
            }
        }

        return result;
    }

    private static void Add(ModelShape shape, JsonNode value, string prefix, List<KeyValuePair<string, string>> into)
    {
        switch (value)
        {
            case JsonObject obj when shape.IsStructure:
                foreach (var member in shape.Members)
                {
                    if (obj[member.Name] is { } child)
                    {
                        Add(member.Shape, child, $"{prefix}.{member.Name}", into);
                    }
                }

                break;
            case JsonObject map when shape.IsMap:
                var n = 0;
                foreach (var (key, child) in map)
                {
                    n++;
                    into.Add(new($"{prefix}.entry.{n}.key", key));
                    Add(shape.Element!, child!, $"{prefix}.entry.{n}.value", into);
                }

                break;
            case JsonArray array:
                // An empty list is sent as `Name=` so the service sees an explicitly empty list.
                if (array.Count == 0)
                {
                    into.Add(new(prefix, string.Empty));
                }

                for (var i = 0; i < array.Count; i++)
                {
                    Add(shape.Element!, array[i]!, $"{prefix}.member.{i + 1}", into);
                }

                break;
            case JsonValue scalar:
                into.Add(new(prefix, Text(scalar)));
                break;
        }
    }

    private static string Text(JsonValue scalar) => scalar.GetValueKind() switch
    {
        JsonValueKind.String => scalar.GetValue<string>(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => scalar.ToJsonString(),
    };
}
