using Microsoft.AspNetCore.WebUtilities;

namespace RoleCall.Server.Http;

/// <summary>`a=1&amp;b=x%20y` (query string or form body) -> decoded name/value pairs; a later value wins.</summary>
internal static class FormParameters
{
    public static void AddTo(Dictionary<string, string> parameters, string encoded)
    {
        if (encoded.Length == 0)
        {
            return;
        }

        foreach (var (name, values) in QueryHelpers.ParseQuery(encoded))
        {
            parameters[name] = values.Count > 0 ? values[^1] ?? string.Empty : string.Empty;
        }
    }
}
