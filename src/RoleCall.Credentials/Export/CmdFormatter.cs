using System.Text;

namespace RoleCall.Credentials.Export;

/// <summary>
/// cmd.exe: <c>set "NAME=value"</c> — the quotes around the whole assignment keep <c>&amp; | &lt; &gt;</c> literal
/// and no trailing space sneaks in; <c>set "NAME="</c> clears a variable.
/// </summary>
public sealed class CmdFormatter : ICredentialFormatter
{
    public static CmdFormatter Instance { get; } = new();

    public string Format(ExportedCredentials exported)
    {
        ArgumentNullException.ThrowIfNull(exported);
        var text = new StringBuilder();
        foreach (var (name, value) in exported.Variables)
        {
            text.Append($"set \"{name}={value}\"\r\n");
        }

        return text.ToString();
    }
}
