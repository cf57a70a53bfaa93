using System.Text.Json;
using RoleCall.Cli.Commands.Iam.Parameters;
using RoleCall.Cli.Hosting;
using RoleCall.Config;
using RoleCall.Credentials.Sts;

namespace RoleCall.Cli.Commands.Sts;

/// <summary>
/// The AWS CLI's parameter conventions for the STS commands: <c>file://</c> and <c>fileb://</c> values read from
/// a file (<c>~</c> expanded, botocore's words when it cannot be read), shorthand (<c>arn=...</c>,
/// <c>Key=k,Value=v</c>) or JSON (a list, or one object per item) for lists of structures. A member the model
/// lacks or a required one left out is not refused here: it is kept as botocore's validation report, which
/// <see cref="Credentials.Sts.StsParameterRules"/> prints with the other problems in the model's order.
/// </summary>
internal sealed class StsParameters(Func<string, string> expandPath)
{
    private readonly Dictionary<string, List<string>> _problems = new(StringComparer.Ordinal);

    public static StsParameters For(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new StsParameters(AwsPaths.From(AwsEnvironment.From(context.Environment)).ExpandPath);
    }

    /// <summary>botocore's unknown/missing member reports for one list parameter (`PolicyArns`, `Tags`).</summary>
    public IReadOnlyList<string> ProblemsOf(string member) => _problems.GetValueOrDefault(member) ?? [];

    /// <summary>A string parameter, with file:// (text) loaded as the AWS CLI does; fileb:// is botocore's type error.</summary>
    public string? Value(string option, string? value)
    {
        if (value is null)
        {
            return null;
        }

        foreach (var prefix in (string[])["file://", "fileb://"])
        {
            if (value.StartsWith(prefix, StringComparison.Ordinal))
            {
                var path = expandPath(value[prefix.Length..]);
                try
                {
                    // Every STS input is a string: the bytes of fileb:// fail botocore's type check.
                    return prefix == "file://" ? File.ReadAllText(path) : throw PythonBytes.NotAString(MemberName(option), File.ReadAllBytes(path));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw ParameterFiles.LoadError(option, value, path, e);
                }
            }
        }

        return value;
    }

    /// <summary>The model's member name of an option: `--role-session-name` is RoleSessionName.</summary>
    private static string MemberName(string option) =>
        string.Concat(option.TrimStart('-').Split('-').Select(part => part.Length == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]));

    /// <summary>`--policy-arns arn=A arn=B`, JSON `[{"arn": "A"}]` or `{"arn": "A"} {"arn": "B"}`.</summary>
    public IReadOnlyList<string> PolicyArns(IReadOnlyList<string>? values)
    {
        var arns = new List<string>();
        foreach (var (structure, index) in Structures("--policy-arns", values).Select((s, i) => (s, i)))
        {
            Check("PolicyArns", index, structure, required: [], known: ["arn"]);
            if (structure.TryGetValue("arn", out var arn))
            {
                arns.Add(arn);
            }
        }

        return arns;
    }

    /// <summary>`--tags Key=a,Value=b Key=c,Value=d` or JSON `[{"Key": "a", "Value": "b"}]`.</summary>
    public IReadOnlyList<StsTag> Tags(IReadOnlyList<string>? values) =>
        [.. Structures("--tags", values).Select((s, i) =>
        {
            Check("Tags", i, s, required: ["Key", "Value"], known: ["Key", "Value"]);
            return new StsTag(s.GetValueOrDefault("Key") ?? string.Empty, s.GetValueOrDefault("Value") ?? string.Empty);
        })];

    /// <summary>botocore's structure validation: the required members first, then each member the model lacks.</summary>
    private void Check(string member, int index, Dictionary<string, string> structure, string[] required, string[] known)
    {
        var problems = _problems.TryGetValue(member, out var list) ? list : _problems[member] = [];
        problems.AddRange(required.Where(r => !structure.ContainsKey(r)).Select(r => $"Missing required parameter in {member}[{index}]: \"{r}\""));
        problems.AddRange(structure.Keys.Where(k => !known.Contains(k, StringComparer.Ordinal))
            .Select(k => $"Unknown parameter in {member}[{index}]: \"{k}\", must be one of: {string.Join(", ", known)}"));
    }

    private List<Dictionary<string, string>> Structures(string option, IReadOnlyList<string>? values)
    {
        var loaded = (values ?? []).Select(v => Value(option, v)!).ToList();
        if (loaded.Count == 1 && loaded[0].TrimStart().StartsWith('['))
        {
            return Json(option, loaded[0], list: true);
        }

        return [.. loaded.Select(text => text.TrimStart().StartsWith('{') ? Json(option, text, list: false)[0] : StsShorthand.Parse(option, text))];
    }

    private static List<Dictionary<string, string>> Json(string option, string text, bool list)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var items = list ? document.RootElement.EnumerateArray().ToList() : [document.RootElement];
            return [.. items.Select(item => item.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? string.Empty, StringComparer.Ordinal))];
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            throw JsonParameterError.Of(option, text, e);
        }
    }
}
