using System.Text.Json;
using System.Text.Json.Nodes;
using RoleCall.Cli.Commands.Iam.Model;

namespace RoleCall.Cli.Commands.Ec2;

/// <summary>
/// Writes validated input as EC2 Query parameters, as botocore's EC2 serializer does: each member under its
/// query name (`InstanceId`, `Filter`), list members as `Name.N` with no `.member` (N from 1), structure
/// members as `Prefix.Member`, and empty lists left out.
/// </summary>
internal static class Ec2QueryFlattener
{
    public static List<KeyValuePair<string, string>> Flatten(ModelShape input, JsonObject values)
    {
        var result = new List<KeyValuePair<string, string>>();
        Add(input, values, prefix: null, result);
        return result;
    }

    private static void Add(ModelShape shape, JsonNode value, string? prefix, List<KeyValuePair<string, string>> into)
    {
        switch (value)
        {
            case JsonObject obj when shape.IsStructure:
                foreach (var member in shape.Members)
                {
                    if (obj[member.Name] is { } child)
                    {
                        var name = member.QueryName ?? member.Name;
                        Add(member.Shape, child, prefix is null ? name : $"{prefix}.{name}", into);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Add(shape.Element!, array[i]!, $"{prefix}.{i + 1}", into);
                }

                break;
            case JsonValue scalar when prefix is not null:
                into.Add(new(prefix, scalar.GetValueKind() switch
                {
                    JsonValueKind.String => scalar.GetValue<string>(),
                    JsonValueKind.True => "true",
                    JsonValueKind.False => "false",
                    _ => scalar.ToJsonString(),
                }));
                break;
        }
    }
}
