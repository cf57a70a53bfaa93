using RoleCall.Core.Errors;

namespace RoleCall.Config.Editing;

/// <summary>
/// Where <c>configure set VARNAME VALUE</c> writes, as the AWS CLI (awscli/customizations/configure/set.py)
/// decides: <c>key</c> and <c>key.sub</c> in the selected profile, <c>default.key[.sub]</c>,
/// <c>profile.NAME.key[.sub]</c>, <c>preview.key</c> / <c>plugins.key</c> in those sections. Deeper paths,
/// which the AWS CLI silently truncates, are refused.
/// </summary>
public sealed record SettingTarget(string Profile, string Key, string? SubKey, string? Section)
{
    private static readonly string[] PredefinedSections = ["preview", "plugins"];

    /// <param name="varname">The VARNAME argument.</param>
    /// <param name="selectedProfile">The profile chosen by --profile, AWS_PROFILE, ... (used for plain names).</param>
    public static SettingTarget Parse(string varname, string selectedProfile)
    {
        ArgumentNullException.ThrowIfNull(varname);
        var parts = varname.Split('.');
        if (parts.Length == 1)
        {
            return new SettingTarget(selectedProfile, varname, null, null);
        }

        string profile;
        string[] rest;
        if (parts[0] == "default")
        {
            (profile, rest) = ("default", parts[1..]);
        }
        else if (parts[0] == "profile" && parts.Length >= 3)
        {
            (profile, rest) = (parts[1], parts[2..]);
        }
        else if (PredefinedSections.Contains(parts[0]) && parts.Length == 2)
        {
            return new SettingTarget(parts[0], parts[1], null, parts[0]);
        }
        else if (parts[0] == "profile")
        {
            throw TooDeep(varname);
        }
        else
        {
            (profile, rest) = (selectedProfile, parts);
        }

        return rest.Length switch
        {
            1 => new SettingTarget(profile, rest[0], null, null),
            2 => new SettingTarget(profile, rest[0], rest[1], null),
            _ => throw TooDeep(varname),
        };
    }

    /// <summary>A VARNAME that names no value (`profile.NAME`, or deeper than KEY.SUBKEY), for set and get alike.</summary>
    internal static UsageException TooDeep(string varname) =>
        UsageException.Custom(
            $"argument varname: '{varname}' is not a setting name",
            "use KEY, KEY.SUBKEY, default.KEY[.SUBKEY], profile.NAME.KEY[.SUBKEY] or preview.KEY");
}
