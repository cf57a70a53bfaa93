using RoleCall.Core.Errors;

namespace RoleCall.Cli.Commands.Sts;

/// <summary>
/// One structure of the AWS CLI's shorthand, `key=value,key=value`, as the STS commands' flat structures need it
/// (`arn=...`, `Key=k,Value=v`). A key not followed by `=` is botocore's ShorthandParseSyntaxError, worded and
/// pointed at as the AWS CLI v2 prints it (awscli/shorthand.py, `_error_location`):
/// <code>
/// Error parsing parameter '--policy-arns': Expected: '=', received: ',' for input:
/// arn,x=y
///    ^
/// </code>
/// </summary>
internal static class StsShorthand
{
    public static Dictionary<string, string> Parse(string option, string text)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var at = 0;
        while (at < text.Length)
        {
            var keyEnd = text.IndexOfAny(['=', ','], at);
            if (keyEnd < 0 || text[keyEnd] != '=')
            {
                var index = keyEnd < 0 ? text.Length : keyEnd;
                var received = keyEnd < 0 ? "EOF" : ",";
                throw AwsCliMessageException.ParamError(option,
                    $"Expected: '=', received: '{received}' for input:\n{text}\n{new string(' ', index)}^",
                    $"write {option} KEY=VALUE[,KEY=VALUE], or JSON");
            }

            var valueEnd = text.IndexOf(',', keyEnd + 1);
            valueEnd = valueEnd < 0 ? text.Length : valueEnd;
            result[text[at..keyEnd].Trim()] = text[(keyEnd + 1)..valueEnd];
            at = valueEnd + 1;
        }

        return result;
    }
}
