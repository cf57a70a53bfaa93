using System.Globalization;
using RoleCall.Core.Errors;

namespace RoleCall.Cli.Commands.Vault;

/// <summary>`--timeout`: seconds, or a number with s, m or h (`90s`, `15m`, `1h`); 15 minutes when not given.</summary>
internal static class AgentTimeout
{
    public static readonly TimeSpan Default = TimeSpan.FromMinutes(15);

    public static TimeSpan Parse(string? text)
    {
        if (text is null)
        {
            return Default;
        }

        var unit = text.Length > 0 && char.IsAsciiLetter(text[^1]) ? text[^1] : 's';
        var number = char.IsAsciiLetter(unit) && text.Length > 0 && char.IsAsciiLetter(text[^1]) ? text[..^1] : text;
        if (!double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value <= 0)
        {
            throw UsageException.InvalidValue("--timeout", text, "a duration such as 900, 90s, 15m or 1h");
        }

        return unit switch
        {
            's' => TimeSpan.FromSeconds(value),
            'm' => TimeSpan.FromMinutes(value),
            'h' => TimeSpan.FromHours(value),
            _ => throw UsageException.InvalidValue("--timeout", text, "a duration such as 900, 90s, 15m or 1h"),
        };
    }
}
