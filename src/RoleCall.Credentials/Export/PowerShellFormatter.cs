using System.Text;

namespace RoleCall.Credentials.Export;

/// <summary>PowerShell: <c>$Env:NAME = 'value'</c>; in a verbatim string only <c>'</c> is special and is doubled.</summary>
public sealed class PowerShellFormatter : ICredentialFormatter
{
    public static PowerShellFormatter Instance { get; } = new();

    public string Format(ExportedCredentials exported)
    {
        ArgumentNullException.ThrowIfNull(exported);
        var text = new StringBuilder();
        foreach (var (name, value) in exported.Variables)
        {
            text.Append(value is null
                ? $"Remove-Item Env:{name} -ErrorAction SilentlyContinue\n"
                : $"$Env:{name} = '{value.Replace("'", "''", StringComparison.Ordinal)}'\n");
        }

        return text.ToString();
    }
}
