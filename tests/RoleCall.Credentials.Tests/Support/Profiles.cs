using RoleCall.Config.Profiles;

namespace RoleCall.Credentials.Tests.Support;

/// <summary>Profile maps as the chain builder reads them, built from plain key/value pairs.</summary>
internal static class Profiles
{
    public static Dictionary<string, ProfileSection> From(IEnumerable<KeyValuePair<string, Dictionary<string, string>>> profiles, ValueSource source = ValueSource.ConfigFile) =>
        profiles.ToDictionary(p => p.Key, p => Section(p.Key, p.Value, source), StringComparer.Ordinal);

    public static ProfileSection Section(string name, IReadOnlyDictionary<string, string> values, ValueSource source = ValueSource.ConfigFile) =>
        new(name, values.Select(kv => KeyValuePair.Create(kv.Key.ToLowerInvariant(), new ProfileValue(kv.Value, new ValueOrigin(source, source == ValueSource.CredentialsFile ? "credentials" : "config", 1)))));
}
