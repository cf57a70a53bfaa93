namespace RoleCall.Config.Profiles;

/// <summary>
/// A named map of settings: a profile (config and credentials merged, credentials winning key by key), an
/// <c>[sso-session NAME]</c> or a <c>[services NAME]</c> section. Keys are lower-case, in file order.
/// Public API: <see cref="Name"/>, <see cref="Values"/>, <see cref="Get"/>, <see cref="GetValue"/>, <see cref="GetSubProperty"/>.
/// </summary>
public sealed class ProfileSection
{
    private readonly Dictionary<string, ProfileValue> _values;

    public ProfileSection(string name, IEnumerable<KeyValuePair<string, ProfileValue>> values)
    {
        Name = name;
        _values = new Dictionary<string, ProfileValue>(values, StringComparer.Ordinal);
    }

    /// <summary>Takes ownership of <paramref name="values"/> (no copy).</summary>
    internal ProfileSection(string name, Dictionary<string, ProfileValue> values)
    {
        Name = name;
        _values = values;
    }

    public string Name { get; }

    public IReadOnlyDictionary<string, ProfileValue> Values => _values;

    /// <summary>The plain value of a key (lower-case name); null when unset or nested.</summary>
    public string? Get(string key) => GetValue(key) is { IsNested: false } value ? value.Value : null;

    public ProfileValue? GetValue(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _values.GetValueOrDefault(key.ToLowerInvariant());
    }

    /// <summary>A sub-setting of a nested key: <c>GetSubProperty("s3", "addressing_style")</c>.</summary>
    public string? GetSubProperty(string key, string subKey) =>
        GetValue(key)?.SubProperties?.GetValueOrDefault(subKey);

    /// <summary>This section with <paramref name="overrides"/> merged over it key by key (botocore's dict.update).</summary>
    internal ProfileSection MergedWith(ProfileSection overrides)
    {
        var merged = new Dictionary<string, ProfileValue>(_values, StringComparer.Ordinal);
        foreach (var (key, value) in overrides._values)
        {
            merged[key] = value;
        }

        return new ProfileSection(Name, merged);
    }

    public override string ToString() => $"[{Name}] ({_values.Count} keys)";
}
