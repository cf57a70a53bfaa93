using System.Text;

namespace RoleCall.Credentials.Export;

/// <summary>
/// bash and zsh: <c>export NAME='value'</c>, single quotes with <c>'\''</c> for a quote inside (nothing
/// else is special there), and <c>unset</c> for variables an earlier session may have left behind.
/// </summary>
public sealed class PosixShellFormatter : ICredentialFormatter
{
    public static PosixShellFormatter Instance { get; } = new();

    public string Format(ExportedCredentials exported)
    {
        ArgumentNullException.ThrowIfNull(exported);
        var text = new StringBuilder();
        foreach (var (name, value) in exported.Variables)
        {
            text.Append(value is null ? $"unset {name}\n" : $"export {name}={Quote(value)}\n");
        }

        return text.ToString();
    }

    public static string Quote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
