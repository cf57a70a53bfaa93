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

    /// <summary>
    /// `Name.member.1`, `Name.member.2`, ... (or `Name.member.N.suffix` when a suffix is given: a list of
    /// structures whose required field is <paramref name="suffix"/>). A member sent without that field
    /// (`PolicyArns.member.1=A` for `PolicyArns.member.1.arn=A`) is a ValidationError, never silently dropped
    /// (issue 16: the session was left unrestricted).
    /// </summary>
    public static List<string> GetList(IReadOnlyDictionary<string, string> parameters, string name, string? suffix = null)
    {
        if (suffix is not null)
        {
            RequireFields(parameters, name, suffix);
        }

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

    /// <summary>`Name.member.N.Key` / `.Value` pairs in order; a member without its key or value is a ValidationError (both are required).</summary>
    public static List<KeyValuePair<string, string>> GetTags(IReadOnlyDictionary<string, string> parameters, string name)
    {
        RequireFields(parameters, name, "Key", "Value");
        var tags = new List<KeyValuePair<string, string>>();
        for (var i = 1; parameters.TryGetValue($"{name}.member.{i}.Key", out var key); i++)
        {
            tags.Add(new(key, Get(parameters, $"{name}.member.{i}.Value") ?? ""));
        }

        return tags;
    }

    /// <summary>
    /// Every `Name.member.N` or `Name.member.N.Other` sent without one of <paramref name="fields"/>, in AWS's
    /// words, all problems in one message, by member then field:
    /// "Value null at 'policyArns.1.member.arn' failed to satisfy constraint: Member must not be null".
    /// </summary>
    public static void RequireFields(IReadOnlyDictionary<string, string> parameters, string name, params string[] fields)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var prefix = name + ".member.";
        var problems = parameters.Keys
            .Where(k => k.StartsWith(prefix, StringComparison.Ordinal))
            .Select(k => k[prefix.Length..].Split('.', 2)[0])
            .Select(index => int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
            .Where(index => index > 0)
            .Distinct()
            .Order()
            .SelectMany(index => fields
                .Where(field => !parameters.ContainsKey($"{prefix}{index.ToString(CultureInfo.InvariantCulture)}.{field}"))
                .Select(field => $"Value null at '{LowerCamel(name)}.{index.ToString(CultureInfo.InvariantCulture)}.member.{LowerCamel(field)}' failed to satisfy constraint: Member must not be null"))
            .ToList();
        if (problems.Count > 0)
        {
            var noun = problems.Count == 1 ? "error" : "errors";
            throw AwsServiceException.Validation($"{problems.Count} validation {noun} detected: {string.Join("; ", problems)}");
        }
    }

    private static string LowerCamel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
