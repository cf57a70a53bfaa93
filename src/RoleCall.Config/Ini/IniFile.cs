namespace RoleCall.Config.Ini;

/// <summary>
/// A parsed file: the lossless <see cref="Document"/> plus configparser's reading of it: sections in order
/// of appearance and the special <c>[DEFAULT]</c> section, whose keys every section inherits.
/// </summary>
internal sealed class IniFile(string path, IniDocument document, IReadOnlyList<IniSection> sections, IniSection? defaults)
{
    public string Path { get; } = path;

    public IniDocument Document { get; } = document;

    public IReadOnlyList<IniSection> Sections { get; } = sections;

    public IniSection? Defaults { get; } = defaults;

    /// <summary>A section's properties as <c>cp.options(section)</c> yields them: its own, then inherited defaults.</summary>
    public IEnumerable<IniProperty> EffectiveProperties(IniSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var own = section.Properties;
        return Defaults is null ? own : own.Concat(Defaults.Properties.Where(p => !section.Contains(p.Key)));
    }
}
