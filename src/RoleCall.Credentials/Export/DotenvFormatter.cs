using System.Text;

namespace RoleCall.Credentials.Export;

/// <summary>
/// A .env file (docker --env-file, compose, direnv's dotenv): <c>NAME=value</c>, one per line, unquoted because
/// docker takes the rest of the line literally; variables without a value are left out.
/// </summary>
public sealed class DotenvFormatter : ICredentialFormatter
{
    public static DotenvFormatter Instance { get; } = new();

    public string Format(ExportedCredentials exported)
    {
        ArgumentNullException.ThrowIfNull(exported);
        var text = new StringBuilder();
        foreach (var (name, value) in exported.Variables)
        {
            if (value is not null)
            {
                text.Append(name).Append('=').Append(value).Append('\n');
            }
        }

        return text.ToString();
    }
}
