namespace RoleCall.Web.Pages;

/// <summary>
/// The five colours of the Switch role form, as AWS names them, with the hex code the AWS console shows each in
/// (the display name on that background) and carries in its links (`/switchrole?...&amp;color=FAD791`). The
/// codes of AWS's 2024 redesign (`efda95` for yellow, ...) name the same colours, so links made since work too.
/// </summary>
public static class RoleColors
{
    public static readonly IReadOnlyList<RoleColor> All =
    [
        new("Red", "F2B0A9", []),
        new("Orange", "FBBF93", ["FBC8AA"]),
        new("Yellow", "FAD791", ["EFDA95"]),
        new("Green", "B7CA9D", []),
        new("Blue", "99BCE3", ["83D4E8"]),
    ];

    /// <summary>The colour a form or link names, by name or by any of its hex codes (case-insensitive, `#` optional), or null.</summary>
    public static RoleColor? Find(string? nameOrHex)
    {
        var text = (nameOrHex ?? "").Trim().TrimStart('#');
        return All.FirstOrDefault(c => string.Equals(c.Name, text, StringComparison.OrdinalIgnoreCase)
            || string.Equals(c.Hex, text, StringComparison.OrdinalIgnoreCase)
            || c.Alternates.Contains(text, StringComparer.OrdinalIgnoreCase));
    }

    public static bool IsKnown(string? nameOrHex) => Find(nameOrHex) is not null;

    /// <summary>The CSS background of a role's label; a user (no colour) keeps the plain white label.</summary>
    public static string Css(string? nameOrHex) => Find(nameOrHex) is { } color ? "#" + color.Hex : "#ffffff";
}

/// <summary>One colour: AWS's name, the hex code the console shows, and other codes AWS links use for it.</summary>
public sealed record RoleColor(string Name, string Hex, IReadOnlyList<string> Alternates);
