using RoleCall.Iam.Handlers;
using RoleCall.Policy.Evaluation;

namespace RoleCall.Iam.Simulation;

/// <summary>
/// Reads `ContextEntries.member.N.{ContextKeyName,ContextKeyValues.member.M,ContextKeyType}` and checks each
/// value against its declared type, so a typo fails the call instead of silently never matching.
/// </summary>
internal static class ContextEntryReader
{
    private static readonly HashSet<string> Types = new(StringComparer.Ordinal)
    {
        "string", "stringList", "numeric", "numericList", "boolean", "booleanList",
        "ip", "ipList", "binary", "binaryList", "date", "dateList",
    };

    public static IReadOnlyList<ContextEntry> Read(ParameterReader parameters)
    {
        var entries = new List<ContextEntry>();
        for (var i = 1; parameters.Optional($"ContextEntries.member.{i}.ContextKeyName") is { } name; i++)
        {
            var type = parameters.Optional($"ContextEntries.member.{i}.ContextKeyType") ?? "string";
            if (!Types.Contains(type))
            {
                throw SimulationErrors.BadContextType(name, type);
            }

            var values = parameters.List($"ContextEntries.member.{i}.ContextKeyValues");
            var entry = new ContextEntry(name, values, type);
            if (!entry.IsList && values.Count > 1)
            {
                throw SimulationErrors.TooManyValues(name, type);
            }

            var scalar = entry.IsList ? type[..^"List".Length] : type;
            foreach (var value in values.Where(v => !IsValid(v, scalar)))
            {
                throw SimulationErrors.BadContextValue(name, value, scalar);
            }

            entries.Add(entry);
        }

        return entries;
    }

    /// <summary>Puts the entries into a request context: list types as multivalued keys.</summary>
    public static void Apply(IEnumerable<ContextEntry> entries, RequestContext context)
    {
        foreach (var entry in entries)
        {
            if (entry.IsList)
            {
                context.SetValues(entry.Name, entry.Values);
            }
            else if (entry.Values.Count == 1)
            {
                context.Set(entry.Name, entry.Values[0]);
            }
        }
    }

    private static bool IsValid(string value, string type) => type switch
    {
        "numeric" => double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _),
        "boolean" => value.Equals("true", StringComparison.OrdinalIgnoreCase) || value.Equals("false", StringComparison.OrdinalIgnoreCase),
        "ip" => System.Net.IPAddress.TryParse(value.Split('/')[0], out _),
        "date" => DateTimeOffset.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out _)
            || long.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out _),
        _ => true,
    };
}
