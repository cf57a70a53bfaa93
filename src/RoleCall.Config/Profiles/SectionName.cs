using RoleCall.Config.Ini;

namespace RoleCall.Config.Profiles;

/// <summary>
/// botocore's reading of a config-file header: a header starting with "profile", "sso-session" or
/// "services" is split as a shell line (<c>shlex.split</c>) and names a section only when that gives exactly
/// two words; "default" alone is the default profile. So <c>[profile "my name"]</c> is "my name",
/// <c>[profile a b]</c> and <c>[profilefoo]</c> are ignored, and (botocore's prefix test) <c>[profiles x]</c> is "x".
/// </summary>
internal static class SectionName
{
    public static SectionIdentity InConfigFile(string header)
    {
        var kind = header.StartsWith("profile", StringComparison.Ordinal) ? SectionKind.Profile
            : header.StartsWith("sso-session", StringComparison.Ordinal) ? SectionKind.SsoSession
            : header.StartsWith("services", StringComparison.Ordinal) ? SectionKind.Services
            : header == "default" ? SectionKind.Profile
            : SectionKind.Other;
        if (kind == SectionKind.Other || header == "default")
        {
            return new SectionIdentity(kind, header);
        }

        var words = ShellWords.Split(header);
        return words is { Count: 2 } ? new SectionIdentity(kind, words[1]) : new SectionIdentity(SectionKind.Other, header);
    }

    /// <summary>
    /// The header <c>aws configure set</c> writes for a config-file profile: <c>[default]</c>,
    /// <c>[profile NAME]</c>, with shell quoting when the name holds a space or tab (awscli's profile_to_section).
    /// </summary>
    public static string ConfigHeaderFor(string profile) =>
        profile == "default" ? "default" : "profile " + (profile.Any(c => c is ' ' or '\t') ? ShellQuote(profile) : profile);

    /// <summary>Python's shlex.quote for a string that needs quoting: single quotes, embedded ones as '"'"'.</summary>
    private static string ShellQuote(string text) => "'" + text.Replace("'", "'\"'\"'", StringComparison.Ordinal) + "'";
}
