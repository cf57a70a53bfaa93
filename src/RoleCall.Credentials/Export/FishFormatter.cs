using System.Text;

namespace RoleCall.Credentials.Export;

/// <summary>fish: <c>set -gx NAME 'value';</c> where a single-quoted string escapes only <c>\</c> and <c>'</c>.</summary>
public sealed class FishFormatter : ICredentialFormatter
{
    public static FishFormatter Instance { get; } = new();

    public string Format(ExportedCredentials exported)
    {
        ArgumentNullException.ThrowIfNull(exported);
        var text = new StringBuilder();
        foreach (var (name, value) in exported.Variables)
        {
            text.Append(value is null ? $"set -e {name};\n" : $"set -gx {name} {Quote(value)};\n");
        }

        return text.ToString();
    }

    public static string Quote(string value) =>
        "'" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'";
}
