using System.Text.Json;
using RoleCall.Core.Errors;

namespace RoleCall.Cli.Commands.Iam.Parameters;

/// <summary>
/// awscli's "Invalid JSON" ParamError: `Error parsing parameter '--x': Invalid JSON: &lt;reason&gt;` and the text
/// received. botocore's reason is Python's json module's (`Expecting value: line 1 column 9 (char 8)`); .NET's
/// message is no substitute (under invariant globalization it is a bare resource key such as
/// ExpectedStartOfValueNotFound), so the reason is the place, in Python's form, which both parsers agree on.
/// </summary>
internal static class JsonParameterError
{
    public static AwsCliMessageException Of(string option, string text, Exception error)
    {
        ArgumentNullException.ThrowIfNull(text);
        var where = error is JsonException { LineNumber: { } line, BytePositionInLine: { } column }
            ? $"line {line + 1} column {column + 1} (char {Offset(text, line, column)})"
            : "not a JSON value of the parameter's type";
        return AwsCliMessageException.ParamError(option, $"Invalid JSON: {where}\nJSON received: {text}",
            "check the quoting: wrap JSON in single quotes in a POSIX shell, or use file://");
    }

    /// <summary>The character offset of a 0-based line and column, as Python's `char N`.</summary>
    private static long Offset(string text, long line, long column)
    {
        var offset = 0;
        for (var i = 0L; i < line && offset < text.Length; i++)
        {
            offset = text.IndexOf('\n', offset) + 1;
        }

        return offset + column;
    }
}
