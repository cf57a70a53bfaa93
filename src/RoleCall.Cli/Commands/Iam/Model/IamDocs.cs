using System.Text.Json;

namespace RoleCall.Cli.Commands.Iam.Model;

/// <summary>
/// The help text of the iam commands, from the embedded iam-docs.json (botocore's documentation as plain text,
/// made by tools/gen-iam-model.py). A separate resource read only for `help`, so the call path never loads it.
/// </summary>
internal sealed class IamDocs
{
    private const string ResourceName = "RoleCall.Cli.IamDocs.json";
    private readonly JsonElement _root;

    private IamDocs(JsonElement root) => _root = root;

    public static IamDocs Load()
    {
        using var stream = typeof(IamDocs).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("iam-docs.json is not embedded in the rolecall assembly");
        using var document = JsonDocument.Parse(stream);
        return new IamDocs(document.RootElement.Clone());
    }

    /// <summary>What the operation does (empty when botocore documents nothing).</summary>
    public string Operation(string operation) => Text(OperationEntry(operation), "doc");

    /// <summary>One input member's description (`RoleName`).</summary>
    public string Parameter(string operation, string member) =>
        OperationEntry(operation) is { } entry && entry.TryGetProperty("params", out var members) ? Text(members, member) : string.Empty;

    /// <summary>The AWS CLI's own options' description (`--max-items`, `--cli-input-json`, ...).</summary>
    public string Option(string option) => Text(_root.GetProperty("options"), option);

    private JsonElement? OperationEntry(string operation) =>
        _root.GetProperty("operations").TryGetProperty(operation, out var entry) ? entry : null;

    private static string Text(JsonElement? parent, string name) =>
        parent is { } p && p.TryGetProperty(name, out var value) ? value.GetString() ?? string.Empty : string.Empty;
}
