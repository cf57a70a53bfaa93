using System.Text.Json;
using RoleCall.Cli.Commands.Iam.Parameters;
using RoleCall.Core.Errors;
using RoleCall.Credentials.Sts;

namespace RoleCall.Cli.Commands.Sts;

/// <summary>
/// The AWS CLI's parameter conventions for the STS commands: <c>file://</c> and <c>fileb://</c> values read from
/// a file, shorthand (<c>arn=...</c>, <c>Key=k,Value=v</c>) or JSON for lists of structures.
/// </summary>
internal static class StsParameters
{
    /// <summary>A string parameter, with file:// (text) and fileb:// (bytes as text) loaded as the AWS CLI does.</summary>
    public static string? Value(string option, string? value)
    {
        if (value is null)
        {
            return null;
        }

        foreach (var prefix in (string[])["file://", "fileb://"])
        {
            if (value.StartsWith(prefix, StringComparison.Ordinal))
            {
                var path = value[prefix.Length..];
                try
                {
                    // Every STS input is a string: the bytes of fileb:// fail botocore's type check.
                    return prefix == "file://" ? File.ReadAllText(path) : throw PythonBytes.NotAString(MemberName(option), File.ReadAllBytes(path));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw UsageException.Custom($"Error parsing parameter '{option}': Unable to load paramfile {value}: {Iam.Parameters.ParameterFiles.PythonReason(e, value)}", "check the path after file://");
                }
            }
        }

        return value;
    }

    /// <summary>The model's member name of an option: `--role-session-name` is RoleSessionName.</summary>
    private static string MemberName(string option) =>
        string.Concat(option.TrimStart('-').Split('-').Select(part => part.Length == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]));

    /// <summary>`--policy-arns arn=A arn=B` or JSON `[{"arn": "A"}]`.</summary>
    public static IReadOnlyList<string> PolicyArns(IReadOnlyList<string>? values) =>
        values is null ? [] : [.. Structures("--policy-arns", values).Select(s => Member("--policy-arns", s, "arn"))];

    /// <summary>`--tags Key=a,Value=b Key=c,Value=d` or JSON `[{"Key": "a", "Value": "b"}]`.</summary>
    public static IReadOnlyList<StsTag> Tags(IReadOnlyList<string>? values) =>
        values is null ? [] : [.. Structures("--tags", values).Select(s => new StsTag(Member("--tags", s, "Key"), Member("--tags", s, "Value")))];

    private static IEnumerable<Dictionary<string, string>> Structures(string option, IReadOnlyList<string> values)
    {
        var loaded = values.Select(v => Value(option, v)!).ToList();
        if (loaded.Count == 1 && loaded[0].TrimStart().StartsWith('['))
        {
            return Json(option, loaded[0]);
        }

        return loaded.Select(text => text.Split(',').Select(pair => pair.Split('=', 2)).ToDictionary(
            kv => kv[0].Trim(),
            kv => kv.Length == 2 ? kv[1] : throw UsageException.Custom($"Error parsing parameter '{option}': Expected: '=', received: end of input for input: {text}"),
            StringComparer.Ordinal));
    }

    private static List<Dictionary<string, string>> Json(string option, string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return [.. document.RootElement.EnumerateArray().Select(item => item.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? string.Empty, StringComparer.Ordinal))];
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            throw UsageException.Custom($"Error parsing parameter '{option}': Invalid JSON: {e.Message}");
        }
    }

    private static string Member(string option, Dictionary<string, string> structure, string name) =>
        structure.TryGetValue(name, out var value)
            ? value
            : throw UsageException.Custom($"Error parsing parameter '{option}': missing {name}=", $"write {option} {name}=...");
}
