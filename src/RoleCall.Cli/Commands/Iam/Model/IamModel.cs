using System.Text.Json;

namespace RoleCall.Cli.Commands.Iam.Model;

/// <summary>
/// The IAM operations and shapes `rolecall iam` supports, read once from the embedded iam-model.json (generated
/// by tools/gen-iam-model.py from botocore's model: facts only). Loaded lazily so other commands never pay for it.
/// </summary>
internal sealed class IamModel
{
    private static readonly Lazy<IamModel> Shared = new(Load);

    private readonly Dictionary<string, IamOperation> _byName;

    private IamModel(Dictionary<string, IamOperation> operations) => _byName = operations;

    public static IamModel Instance => Shared.Value;

    public IEnumerable<IamOperation> Operations => _byName.Values;

    public IamOperation Operation(string name) => _byName[name];

    private static IamModel Load()
    {
        using var stream = typeof(IamModel).Assembly.GetManifestResourceStream("RoleCall.Cli.IamModel.json")
            ?? throw new InvalidOperationException("iam-model.json is not embedded in the rolecall assembly");
        using var document = JsonDocument.Parse(stream);
        var root = document.RootElement;
        var shapesJson = root.GetProperty("shapes");
        var shapes = new Dictionary<string, ModelShape>(StringComparer.Ordinal);
        foreach (var entry in shapesJson.EnumerateObject())
        {
            shapes[entry.Name] = new ModelShape(entry.Name, entry.Value.GetProperty("t").GetString()!);
        }

        // Second pass: the links between shapes, now that every shape exists.
        foreach (var entry in shapesJson.EnumerateObject())
        {
            Link(shapes[entry.Name], entry.Value, shapes);
        }

        var operations = new Dictionary<string, IamOperation>(StringComparer.Ordinal);
        foreach (var op in root.GetProperty("operations").EnumerateObject())
        {
            operations[op.Name] = new IamOperation(
                op.Name,
                op.Value.GetProperty("cli").GetString()!,
                op.Value.TryGetProperty("in", out var input) ? shapes[input.GetString()!] : null,
                op.Value.TryGetProperty("out", out var output) ? shapes[output.GetString()!] : null);
        }

        return new IamModel(operations);
    }

    private static void Link(ModelShape shape, JsonElement json, Dictionary<string, ModelShape> shapes)
    {
        if (json.TryGetProperty("m", out var members))
        {
            foreach (var m in members.EnumerateArray())
            {
                shape.Members.Add(new ModelMember(m[0].GetString()!, shapes[m[1].GetString()!], m[2].GetString()!));
            }
        }

        if (json.TryGetProperty("r", out var required))
        {
            foreach (var r in required.EnumerateArray())
            {
                shape.Required.Add(r.GetString()!);
            }
        }

        if (json.TryGetProperty("e", out var element) || json.TryGetProperty("v", out element))
        {
            shape.Element = shapes[element.GetString()!];
        }

        if (json.TryGetProperty("enum", out var values))
        {
            shape.Enum = [.. values.EnumerateArray().Select(v => v.GetString()!)];
        }
    }
}
