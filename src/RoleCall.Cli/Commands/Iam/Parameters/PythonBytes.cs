using System.Text;
using RoleCall.Core.Errors;

namespace RoleCall.Cli.Commands.Iam.Parameters;

/// <summary>
/// `fileb://` on a string parameter: the AWS CLI passes the file's bytes and botocore's validator refuses them
/// (`Invalid type for parameter PolicyDocument, value: b'...', type: &lt;class 'bytes'&gt;, valid types:
/// &lt;class 'str'&gt;`, exit 252), naming the value as Python's repr of bytes does. Only blob members take
/// fileb://; IAM and STS inputs have none, so `file://` is what the tutorials' policy files need.
/// </summary>
internal static class PythonBytes
{
    public static ParameterValidationException NotAString(string parameter, byte[] bytes) => ParameterValidationException.Of(
        [$"Invalid type for parameter {parameter}, value: {Repr(bytes)}, type: <class 'bytes'>, valid types: <class 'str'>"],
        "fileb:// sends a file's bytes, for blob parameters; use file:// for a text parameter such as a policy document");

    /// <summary>Python's repr(bytes): b'...' (b"..." when the bytes hold ' but no "), escapes for \\, the quote, TAB, LF, CR and non-ASCII.</summary>
    public static string Repr(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var quote = Array.IndexOf(bytes, (byte)'\'') >= 0 && Array.IndexOf(bytes, (byte)'"') < 0 ? '"' : '\'';
        var text = new StringBuilder("b").Append(quote);
        foreach (var b in bytes)
        {
            var c = (char)b;
            _ = c switch
            {
                '\\' => text.Append(@"\\"),
                '\t' => text.Append(@"\t"),
                '\n' => text.Append(@"\n"),
                '\r' => text.Append(@"\r"),
                _ when c == quote => text.Append('\\').Append(c),
                _ when b < 0x20 || b >= 0x7f => text.Append(@"\x").Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)),
                _ => text.Append(c),
            };
        }

        return text.Append(quote).ToString();
    }
}
