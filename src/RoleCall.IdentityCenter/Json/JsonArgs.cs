using System.Globalization;
using System.Text.Json.Nodes;

namespace RoleCall.IdentityCenter.Json;

/// <summary>Typed reads of a JSON request body's members, with the service's ValidationException when wrong.</summary>
public sealed class JsonArgs(JsonObject body)
{
    public JsonObject Body { get; } = body;

    public string Required(string name) => Optional(name) ?? throw IcErrors.Missing(name);

    public string? Optional(string name) => Body[name] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => throw IcErrors.Validation($"Member {name} must be a string."),
    };

    public int? OptionalInt(string name) => Body[name] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<int>(out var i) => i,
        JsonValue v when v.TryGetValue<string>(out var s) && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var i) => i,
        _ => throw IcErrors.Validation($"Member {name} must be an integer."),
    };

    public JsonObject? Structure(string name) => Body[name] switch
    {
        null => null,
        JsonObject o => o,
        _ => throw IcErrors.Validation($"Member {name} must be a structure."),
    };

    public JsonArray Array(string name) => Body[name] switch
    {
        null => [],
        JsonArray a => a,
        _ => throw IcErrors.Validation($"Member {name} must be a list."),
    };

    /// <summary>MaxResults within 1..<paramref name="max"/>, or the default.</summary>
    public int MaxResults(int max = 100)
    {
        var value = OptionalInt("MaxResults") ?? max;
        return value is >= 1 && value <= max ? value
            : throw IcErrors.Validation($"1 validation error detected: Value '{value}' at 'maxResults' failed to satisfy constraint: Member must have value between 1 and {max}");
    }
}
