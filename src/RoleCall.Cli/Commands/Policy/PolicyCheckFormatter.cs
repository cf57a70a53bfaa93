using System.Globalization;
using System.Text;
using System.Text.Json;
using RoleCall.Policy.Parsing;

namespace RoleCall.Cli.Commands.Policy;

/// <summary>The two outputs of `policy check`: compiler-style lines for people, one JSON object for pipes.</summary>
internal static class PolicyCheckFormatter
{
    public static string Text(string file, PolicyCheckReport report)
    {
        var text = new StringBuilder();
        if (report.Problems.Count == 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{file}: OK ({Kind(report.Kind)} policy, {report.Statements} statement{(report.Statements == 1 ? "" : "s")})\n");
        }

        foreach (var p in report.Problems)
        {
            text.Append(CultureInfo.InvariantCulture, $"{file}:{p.Line}:{p.Column}: {Severity(p)}: {p.Message} [{p.Path}]\n");
            text.Append(CultureInfo.InvariantCulture, $"  hint: {p.Hint}\n");
        }

        var errors = report.Problems.Count(p => p.Severity == ProblemSeverity.Error);
        text.Append(CultureInfo.InvariantCulture, $"{file}: {errors} error(s), {report.Problems.Count - errors} warning(s) as {Article(report.Kind)} {Kind(report.Kind)} policy\n");
        return text.ToString();
    }

    /// <summary>Relaxed escaping keeps IAM's quotes readable (`"AWS"`, not `\u0022AWS\u0022`); the text is still valid JSON.</summary>
    public static string Json(string file, PolicyCheckReport report)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("File", file);
            json.WriteString("Kind", Kind(report.Kind));
            json.WriteBoolean("Valid", report.Problems.Count == 0);
            json.WriteStartArray("Problems");
            foreach (var p in report.Problems)
            {
                json.WriteStartObject();
                json.WriteString("Severity", Severity(p));
                json.WriteString("Code", p.Code);
                json.WriteString("Message", p.Message);
                json.WriteString("Path", p.Path);
                json.WriteNumber("Line", p.Line);
                json.WriteNumber("Column", p.Column);
                json.WriteString("Hint", p.Hint);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Severity(PolicyProblem p) => p.Severity == ProblemSeverity.Error ? "error" : "warning";

    private static string Kind(PolicyKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>"an identity policy", "a trust policy".</summary>
    private static string Article(PolicyKind kind) => "aeiou".Contains(Kind(kind)[0], StringComparison.Ordinal) ? "an" : "a";
}
