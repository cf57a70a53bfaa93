using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using RoleCall.Cli.Commands.Iam.Model;
using RoleCall.Cli.Hosting;
using RoleCall.Core.Errors;

namespace RoleCall.Cli.Commands.Iam.Parameters;

/// <summary>
/// Reads an operation's parameters from the command line the way the AWS CLI does: one option per input member
/// (`--user-name`), booleans as `--x`/`--no-x`, lists as several values or JSON, structures as shorthand or
/// JSON, `file://`/`fileb://` values, and `--cli-input-json` underneath (options given on the line win).
/// </summary>
internal static class ParameterBinder
{
    // isPagingMember: true for the members the AWS CLI replaces by its paging options (Marker, MaxItems) on paginated operations.
    public static JsonObject Bind(ModelShape? input, ArgumentReader args, Func<string, string> expandPath, Func<string, bool> isPagingMember)
    {
        var values = new JsonObject();
        if (args.Option("--cli-input-json") is { } inputJson)
        {
            values = ParseJson("--cli-input-json", ParameterFiles.Resolve("--cli-input-json", inputJson, expandPath)) as JsonObject
                ?? throw UsageException.Custom("argument --cli-input-json: the JSON must be an object of parameter names");
        }

        foreach (var member in (input?.Members ?? []).Where(m => !isPagingMember(m.Name)))
        {
            if (Read(member, args, expandPath) is { } value)
            {
                values[member.Name] = value;
            }
        }

        var missing = (input?.Members ?? []).Where(m => input!.Required.Contains(m.Name) && values[m.Name] is null).Select(m => "--" + m.CliName).ToList();
        if (missing.Count > 0)
        {
            throw UsageException.MissingRequired(missing);
        }

        if (input is not null)
        {
            var problems = new List<string>();
            ParameterValidator.Check(input, values, path: string.Empty, problems);
            if (problems.Count > 0)
            {
                throw ParameterValidationException.Of(problems,
                    "run `rolecall iam <command> help` for the parameters and their types");
            }
        }

        return values;
    }

    private static JsonNode? Read(ModelMember member, ArgumentReader args, Func<string, string> expandPath)
    {
        var option = "--" + member.CliName;
        var shape = member.Shape;
        if (shape.Type == "boolean")
        {
            // botocore booleans become a pair of flags; the last one given wins.
            var yes = args.Flag(option);
            var no = args.Flag("--no-" + member.CliName);
            return yes || no ? JsonValue.Create(yes && !no) : null;
        }

        if (shape.IsList)
        {
            var items = args.OptionList(option);
            if (items is null)
            {
                return null;
            }

            var elementName = shape.Element!.Type == "string" ? member.Name : null;
            var resolved = items.Select((v, i) => ParameterFiles.Resolve(option, v, expandPath, elementName is null ? null : $"{elementName}[{i}]")).ToList();
            if (resolved.Count == 1 && resolved[0].TrimStart().StartsWith('['))
            {
                return ParseJson(option, resolved[0]);
            }

            return new JsonArray([.. resolved.Select(v => Element(shape.Element!, option, v))]);
        }

        var text = args.Option(option);
        return text is null ? null : Element(shape, option, ParameterFiles.Resolve(option, text, expandPath, shape.Type == "string" ? member.Name : null));
    }

    private static JsonNode Element(ModelShape shape, string option, string text)
    {
        if (shape.IsStructure || shape.IsMap)
        {
            return text.TrimStart().StartsWith('{') ? ParseJson(option, text)! : ShorthandShapes.Apply(shape, ShorthandParser.ParseStructure(text, option));
        }

        if (shape.Type == "integer")
        {
            return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
                ? JsonValue.Create(n)
                : throw UsageException.InvalidValue(option, text, "an integer");
        }

        return JsonValue.Create(text);
    }

    private static JsonNode? ParseJson(string option, string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException e)
        {
            throw JsonParameterError.Of(option, text, e);
        }
    }
}
