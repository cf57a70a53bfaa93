using System.Globalization;
using RoleCall.Core.Errors;

namespace RoleCall.Iam.Sts.Requests;

/// <summary>
/// Reads Query-protocol parameters: scalars, `Name.member.N` lists and `Name.member.N.Key/Value` tag lists,
/// numbered from 1 without gaps as the AWS SDKs send them.
/// </summary>
internal static class StsParameters
{
    public static string? Get(IReadOnlyDictionary<string, string> parameters, string name) =>
        parameters.TryGetValue(name, out var value) ? value : null;

    /// <summary>An integer parameter; a value that is not a number is a ValidationError naming the member.</summary>
    public static int? GetInt(IReadOnlyDictionary<string, string> parameters, string name, string member)
    {
        var text = Get(parameters, name);
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw AwsServiceException.Validation($"1 validation error detected: Value '{text}' at '{member}' failed to satisfy constraint: Member must be a number");
    }

    /// <summary>`Name.member.1`, `Name.member.2`, ... (or `Name.member.N.suffix` when a suffix is given).</summary>
    public static List<string> GetList(IReadOnlyDictionary<string, string> parameters, string name, string? suffix = null)
    {
        var items = new List<string>();
        for (var i = 1; ; i++)
        {
            var key = suffix is null ? $"{name}.member.{i}" : $"{name}.member.{i}.{suffix}";
            if (!parameters.TryGetValue(key, out var value))
            {
                return items;
            }

            items.Add(value);
        }
    }

    /// <summary>`Name.member.N.Key` / `.Value` pairs in order; a missing value reads as "".</summary>
    public static List<KeyValuePair<string, string>> GetTags(IReadOnlyDictionary<string, string> parameters, string name)
    {
        var tags = new List<KeyValuePair<string, string>>();
        for (var i = 1; parameters.TryGetValue($"{name}.member.{i}.Key", out var key); i++)
        {
            tags.Add(new(key, Get(parameters, $"{name}.member.{i}.Value") ?? ""));
        }

        return tags;
    }
}
