using System.Globalization;

namespace RoleCall.Protocol.Query;

/// <summary>
/// Reads the Query protocol's flattened aggregates out of the flat parameter dictionary:
/// lists `PolicyArns.member.1`, `.member.2`, ...; lists of structures `Tags.member.1.Key`;
/// maps `Attributes.entry.1.key` / `.value`; nested structures `Prefix.Field`. Indices start at 1 and a list
/// ends at the first missing index, as AWS reads them.
/// </summary>
public static class QueryParameters
{
    /// <summary>`name.member.N` for N = 1, 2, ... up to the first gap.</summary>
    public static IReadOnlyList<string> GetList(IReadOnlyDictionary<string, string> parameters, string name)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var items = new List<string>();
        for (var i = 1; parameters.TryGetValue(Member(name, i), out var item); i++)
        {
            items.Add(item);
        }

        return items;
    }

    /// <summary>
    /// `name.member.N.Field` for each of <paramref name="fields"/>: one dictionary per index (only the fields
    /// present); the list ends at the first index with none of the fields.
    /// </summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> GetStructureList(IReadOnlyDictionary<string, string> parameters, string name, params string[] fields)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(fields);
        var items = new List<IReadOnlyDictionary<string, string>>();
        for (var i = 1; ; i++)
        {
            var item = GetStructure(parameters, Member(name, i), fields);
            if (item.Count == 0)
            {
                return items;
            }

            items.Add(item);
        }
    }

    /// <summary>`prefix.Field` for each of <paramref name="fields"/> that is present.</summary>
    public static IReadOnlyDictionary<string, string> GetStructure(IReadOnlyDictionary<string, string> parameters, string prefix, params string[] fields)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(fields);
        var item = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            if (parameters.TryGetValue(prefix + "." + field, out var value))
            {
                item[field] = value;
            }
        }

        return item;
    }

    /// <summary>`name.entry.N.key` / `name.entry.N.value` up to the first missing key.</summary>
    public static IReadOnlyDictionary<string, string> GetMap(IReadOnlyDictionary<string, string> parameters, string name, string keyName = "key", string valueName = "value")
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; parameters.TryGetValue(Entry(name, i) + "." + keyName, out var key); i++)
        {
            map[key] = parameters.GetValueOrDefault(Entry(name, i) + "." + valueName) ?? string.Empty;
        }

        return map;
    }

    /// <summary>`name.member.index`.</summary>
    public static string Member(string name, int index) => name + ".member." + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>`name.entry.index`.</summary>
    public static string Entry(string name, int index) => name + ".entry." + index.ToString(CultureInfo.InvariantCulture);
}
