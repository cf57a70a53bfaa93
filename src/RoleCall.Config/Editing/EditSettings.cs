using RoleCall.Config.Ini;
using RoleCall.Config.Profiles;

namespace RoleCall.Config.Editing;

/// <summary>
/// What may be written: no line breaks anywhere (as the AWS CLI's writer checks), keys that read back as the
/// same key, and profile names whose section header botocore reads back as the same name.
/// </summary>
internal static class EditSettings
{
    public static void Validate(string profile, string key, string? subKey, string value)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        if (HasLineBreak(value))
        {
            throw ConfigErrors.InvalidValue(key, "newline characters and carriage returns are not allowed");
        }

        if (HasLineBreak(profile))
        {
            throw ConfigErrors.InvalidProfileName(profile, "newline characters and carriage returns are not allowed");
        }

        ValidateKey(key, '=', ':');
        if (subKey is not null)
        {
            ValidateKey(subKey, '=');
        }
    }

    /// <summary>The header a new section gets, checked to read back as the same profile.</summary>
    public static string HeaderFor(ConfigFileKind kind, string profile)
    {
        if (profile.Length == 0)
        {
            throw ConfigErrors.InvalidProfileName(profile, "the name is empty");
        }

        if (kind == ConfigFileKind.Credentials)
        {
            // The credentials file uses the header verbatim; [DEFAULT] is configparser's defaults section.
            if (profile == "DEFAULT" || PythonText.Strip(profile) != profile || IniParser.HeaderOf($"[{profile}]") != profile)
            {
                throw ConfigErrors.InvalidProfileName(profile, "it cannot be written as a credentials-file section the AWS CLI reads back");
            }

            return profile;
        }

        var header = SectionName.ConfigHeaderFor(profile);
        if (SectionName.InConfigFile(header) != new SectionIdentity(SectionKind.Profile, profile))
        {
            throw ConfigErrors.InvalidProfileName(profile, $"[{header}] would not read back as this profile");
        }

        return header;
    }

    private static void ValidateKey(string key, params char[] forbidden)
    {
        if (key.Length == 0 || HasLineBreak(key) || PythonText.Strip(key) != key || key.IndexOfAny(forbidden) >= 0 || key[0] is '[' or '#' or ';')
        {
            throw ConfigErrors.InvalidKey(key);
        }
    }

    private static bool HasLineBreak(string text) => text.AsSpan().IndexOfAny('\n', '\r') >= 0;
}
