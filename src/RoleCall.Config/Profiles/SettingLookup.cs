namespace RoleCall.Config.Profiles;

/// <summary>
/// <c>configure get VARNAME</c> exactly as the AWS CLI (awscli/customizations/configure/get.py) reads it:
/// a plain name from the selected profile (a missing named profile is an error); <c>preview.x</c> /
/// <c>plugins.x</c> from those sections; <c>profile.NAME.key[.sub]</c>; <c>NAME.key[.sub]</c> when NAME is
/// "default" or an existing profile; otherwise <c>key.sub</c> in the selected profile. Keys match exactly
/// (the files' keys are lower-case, so <c>Region</c> is not found, as in the AWS CLI).
/// </summary>
public static class SettingLookup
{
    private static readonly string[] PredefinedSections = ["preview", "plugins"];

    /// <summary>The value (string), a section (<see cref="ProfileValue.IsNested"/>), or null when unset.</summary>
    public static ProfileValue? Get(ProfileResolver resolver, string varname, string? profileOption)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        ArgumentNullException.ThrowIfNull(varname);
        var parts = varname.Split('.');
        if (parts.Length == 1)
        {
            return resolver.Resolve(profileOption).Values.GetValueOrDefault(varname);
        }

        if (parts[0] == "profile" && parts.Length == 2)
        {
            // `profile.NAME` is a section, not a value: the AWS CLI dies on it (IndexError, "list index out of
            // range", exit 255); say what was wrong, as `configure set` does.
            throw Editing.SettingTarget.TooDeep(varname);
        }

        var profiles = resolver.Files.Profiles;
        if (parts.Length == 2 && PredefinedSections.Contains(parts[0]))
        {
            var section = resolver.Files.OtherSections.GetValueOrDefault(parts[0]) ?? profiles.GetValueOrDefault(parts[0]);
            return section?.Values.GetValueOrDefault(parts[1]);
        }

        var (profile, key, remaining) = parts[0] == "profile"
            ? (parts[1], parts.ElementAtOrDefault(2), parts.Skip(3).ToArray())
            : parts[0] == "default" || profiles.ContainsKey(parts[0])
                ? (parts[0], parts[1], parts[2..])
                : (resolver.SelectProfile(profileOption).Name, parts[0], parts[1..]);
        var value = key is null ? null : profiles.GetValueOrDefault(profile)?.Values.GetValueOrDefault(key);
        if (remaining.Length != 1)
        {
            // The AWS CLI looks one level down only; a deeper path returns the key's value itself.
            return value;
        }

        return value?.SubProperties?.GetValueOrDefault(remaining[0]) is { } sub ? new ProfileValue(sub, value.Origin) : null;
    }
}
