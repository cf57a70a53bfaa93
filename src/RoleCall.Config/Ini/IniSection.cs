namespace RoleCall.Config.Ini;

/// <summary>
/// A section as configparser sees it: the header text between the brackets (not trimmed, as Python keeps
/// it), the 0-based index of its header line, and its properties in file order.
/// </summary>
internal sealed class IniSection(string header, int headerLine)
{
    private readonly Dictionary<string, IniProperty> _byKey = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    public string Header { get; } = header;

    public int HeaderLine { get; } = headerLine;

    /// <summary>Index of the last line of the section's body (before the next header or EOF).</summary>
    public int LastLine { get; set; }

    public IEnumerable<IniProperty> Properties => _order.Select(k => _byKey[k]);

    public bool Contains(string key) => _byKey.ContainsKey(key);

    public IniProperty? Find(string key) => _byKey.GetValueOrDefault(key);

    public void Set(IniProperty property)
    {
        if (_byKey.TryAdd(property.Key, property))
        {
            _order.Add(property.Key);
        }
        else
        {
            _byKey[property.Key] = property;
        }
    }
}
