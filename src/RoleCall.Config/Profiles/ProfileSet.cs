using RoleCall.Config.Ini;

namespace RoleCall.Config.Profiles;

/// <summary>
/// The raw view of both shared files, as botocore's <c>Session.full_config</c> holds it: profiles (config
/// file sections read by <see cref="SectionName"/>, later duplicates replacing earlier ones, then every
/// credentials-file section merged over them key by key), sso-sessions and services (config file only).
/// Public API: <see cref="Load"/>, <see cref="Profiles"/>, <see cref="SsoSessions"/>, <see cref="Services"/>.
/// </summary>
public sealed class ProfileSet
{
    internal ProfileSet(IniFile? config, IniFile? credentials)
    {
        Config = config;
        Credentials = credentials;
        var profiles = new Dictionary<string, ProfileSection>(StringComparer.Ordinal);
        var ssoSessions = new Dictionary<string, ProfileSection>(StringComparer.Ordinal);
        var services = new Dictionary<string, ProfileSection>(StringComparer.Ordinal);
        var others = new Dictionary<string, ProfileSection>(StringComparer.Ordinal);
        if (config is not null)
        {
            foreach (var section in config.Sections)
            {
                var (kind, name) = SectionName.InConfigFile(section.Header);
                var target = kind switch
                {
                    SectionKind.Profile => profiles,
                    SectionKind.SsoSession => ssoSessions,
                    SectionKind.Services => services,
                    _ => others,
                };
                target[name] = ToSection(config, section, name, ValueSource.ConfigFile);
            }
        }

        if (credentials is not null)
        {
            foreach (var section in credentials.Sections)
            {
                var fromCredentials = ToSection(credentials, section, section.Header, ValueSource.CredentialsFile);
                profiles[section.Header] = profiles.TryGetValue(section.Header, out var fromConfig)
                    ? fromConfig.MergedWith(fromCredentials)
                    : fromCredentials;
            }
        }

        Profiles = profiles;
        SsoSessions = ssoSessions;
        Services = services;
        OtherSections = others;
    }

    /// <summary>Profiles by name, in botocore's order (config file first, then credentials-only names).</summary>
    public IReadOnlyDictionary<string, ProfileSection> Profiles { get; }

    public IReadOnlyDictionary<string, ProfileSection> SsoSessions { get; }

    public IReadOnlyDictionary<string, ProfileSection> Services { get; }

    /// <summary>Config-file sections that are none of the above, by raw header: <c>[preview]</c>, <c>[plugins]</c>.</summary>
    public IReadOnlyDictionary<string, ProfileSection> OtherSections { get; }

    internal IniFile? Config { get; }

    internal IniFile? Credentials { get; }

    /// <summary>Reads both files (a missing file is empty, as in botocore); a malformed one is an error with file:line.</summary>
    public static ProfileSet Load(AwsPaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return new ProfileSet(IniFileReader.ReadIfExists(paths.ConfigFile), IniFileReader.ReadIfExists(paths.CredentialsFile));
    }

    /// <summary>Parses file texts directly (tests, benchmarks); null means the file does not exist.</summary>
    public static ProfileSet Parse(string? configText, string? credentialsText, string configPath = "config", string credentialsPath = "credentials") =>
        new(configText is null ? null : IniParser.Parse(IniDocument.Parse(configText), configPath),
            credentialsText is null ? null : IniParser.Parse(IniDocument.Parse(credentialsText), credentialsPath));

    private static ProfileSection ToSection(IniFile file, IniSection section, string name, ValueSource source)
    {
        // A plain loop: LINQ over KeyValuePair is JIT-compiled at run time and this runs on every start-up.
        var values = new Dictionary<string, ProfileValue>(StringComparer.Ordinal);
        foreach (var property in file.EffectiveProperties(section))
        {
            values[property.Key] = ToValue(file.Path, property, source);
        }

        return new ProfileSection(name, values);
    }

    private static ProfileValue ToValue(string path, IniProperty property, ValueSource source)
    {
        var origin = new ValueOrigin(source, path, property.FirstLine + 1);
        if (property.Nested is null)
        {
            return new ProfileValue(property.Value, origin);
        }

        var nested = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in property.Nested)
        {
            nested[entry.Key] = entry.Value;
        }

        return new ProfileValue(property.Value, origin) { SubProperties = nested };
    }
}
