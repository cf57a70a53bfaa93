using RoleCall.Credentials.Caching;

namespace RoleCall.Credentials.Export;

/// <summary>`rolecall env --format json`: the variables as one JSON object (indent 2), unset ones left out.</summary>
public sealed class JsonVariablesFormatter : ICredentialFormatter
{
    public static JsonVariablesFormatter Instance { get; } = new();

    public string Format(ExportedCredentials exported)
    {
        ArgumentNullException.ThrowIfNull(exported);
        var members = exported.Variables.Where(v => v.Value is not null).Select(v => new KeyValuePair<string, object>(v.Key, v.Value!)).ToList();
        return PythonJson.DumpsIndented(members, 2) + "\n";
    }
}
