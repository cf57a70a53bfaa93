using System.Text;
using System.Text.Json;
using RoleCall.Cli.Commands.Iam.Model;

namespace RoleCall.Cli.Commands.Iam;

/// <summary>`--generate-cli-skeleton`: the input shape as JSON with placeholder values, 4-space indented like the AWS CLI.</summary>
internal static class CliSkeleton
{
    public static string For(ModelShape? input)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, IndentSize = 4 }))
        {
            Write(input ?? new ModelShape("empty", "structure"), json, depth: 0);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Write(ModelShape shape, Utf8JsonWriter json, int depth)
    {
        switch (shape.Type)
        {
            case "structure":
                json.WriteStartObject();
                foreach (var member in shape.Members)
                {
                    json.WritePropertyName(member.Name);
                    // Recursive shapes stop at a placeholder, as botocore's generator does.
                    if (depth > 8)
                    {
                        json.WriteStringValue(string.Empty);
                        continue;
                    }

                    Write(member.Shape, json, depth + 1);
                }

                json.WriteEndObject();
                break;
            case "list":
                json.WriteStartArray();
                Write(shape.Element!, json, depth + 1);
                json.WriteEndArray();
                break;
            case "map":
                json.WriteStartObject();
                json.WritePropertyName("KeyName");
                Write(shape.Element!, json, depth + 1);
                json.WriteEndObject();
                break;
            case "integer" or "long":
                json.WriteNumberValue(0);
                break;
            case "boolean":
                json.WriteBooleanValue(true);
                break;
            case "string" when shape.Enum is [var first, ..]:
                // botocore picks an enum member at random; the first is as valid and stays stable.
                json.WriteStringValue(first);
                break;
            default:
                json.WriteStringValue(string.Empty);
                break;
        }
    }
}
