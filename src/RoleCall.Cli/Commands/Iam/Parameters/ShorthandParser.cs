using System.Text;
using System.Text.Json.Nodes;
using RoleCall.Core.Errors;

namespace RoleCall.Cli.Commands.Iam.Parameters;

/// <summary>
/// The AWS CLI's shorthand syntax for structures: `Key=team,Value=blue`, values optionally quoted ('..' or ".."),
/// nested `{a=b}` and lists `[a,b]`. Keys keep their spelling; every scalar is a string (the binder converts by shape).
/// https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-shorthand.html
/// </summary>
internal sealed class ShorthandParser
{
    private readonly string _text;
    private readonly string _option;
    private int _at;

    private ShorthandParser(string text, string option)
    {
        _text = text;
        _option = option;
    }

    public static JsonObject ParseStructure(string text, string option)
    {
        var parser = new ShorthandParser(text, option);
        var result = parser.Pairs(end: null);
        if (parser._at < text.Length)
        {
            throw parser.Error("unexpected text after the last value");
        }

        return result;
    }

    private JsonObject Pairs(char? end)
    {
        var result = new JsonObject();
        while (_at < _text.Length && _text[_at] != end)
        {
            var key = Until('=', ',', end).Trim();
            if (_at >= _text.Length || _text[_at] != '=' || key.Length == 0)
            {
                throw Error($"expected key=value at '{_text[..Math.Min(_text.Length, _at + 1)]}'");
            }

            _at++;
            result[key] = CsvValue(end);
            if (_at < _text.Length && _text[_at] == ',')
            {
                _at++;
            }
        }

        return result;
    }

    /// <summary>
    /// A key's value: `a=b,c,d=e` gives a = [b, c], as botocore's csv-values rule reads it (a list continues while
    /// the next comma-separated item is not itself `key=`); a single item stays a scalar.
    /// </summary>
    private JsonNode CsvValue(char? end)
    {
        var first = Value(end);
        if (first is not JsonValue)
        {
            return first;
        }

        var list = new JsonArray { first };
        while (_at < _text.Length && _text[_at] == ',')
        {
            var comma = _at++;
            var next = _at < _text.Length && _text[_at] is '"' or '\'' ? Value(end) : JsonValue.Create(Until(',', '=', end).Trim());
            if (_at < _text.Length && _text[_at] == '=')
            {
                _at = comma;
                break;
            }

            list.Add(next);
        }

        if (list.Count == 1)
        {
            list.RemoveAt(0);
            return first;
        }

        return list;
    }

    private JsonNode Value(char? end)
    {
        if (_at < _text.Length && _text[_at] == '{')
        {
            _at++;
            var inner = Pairs('}');
            Expect('}');
            return inner;
        }

        if (_at < _text.Length && _text[_at] == '[')
        {
            _at++;
            var list = new JsonArray();
            while (_at < _text.Length && _text[_at] != ']')
            {
                list.Add(Value(']'));
                if (_at < _text.Length && _text[_at] == ',')
                {
                    _at++;
                }
            }

            Expect(']');
            return list;
        }

        if (_at < _text.Length && _text[_at] is '"' or '\'')
        {
            var quote = _text[_at++];
            var close = _text.IndexOf(quote, _at);
            if (close < 0)
            {
                throw Error("unterminated quoted value");
            }

            var quoted = _text[_at..close];
            _at = close + 1;
            return JsonValue.Create(quoted);
        }

        return JsonValue.Create(Until(',', end, end).Trim());
    }

    /// <summary>Reads up to (not including) one of the stop characters; a backslash escapes the next one.</summary>
    private string Until(char stop1, char? stop2, char? stop3)
    {
        var text = new StringBuilder();
        while (_at < _text.Length)
        {
            var c = _text[_at];
            if (c == stop1 || c == stop2 || c == stop3)
            {
                break;
            }

            if (c == '\\' && _at + 1 < _text.Length)
            {
                c = _text[++_at];
            }

            text.Append(c);
            _at++;
        }

        return text.ToString();
    }

    private void Expect(char c)
    {
        if (_at >= _text.Length || _text[_at] != c)
        {
            throw Error($"expected '{c}'");
        }

        _at++;
    }

    private UsageException Error(string what) =>
        UsageException.Custom($"Error parsing parameter '{_option}': {what}",
            "use shorthand like Key=k,Value=v or JSON like [{\"Key\":\"k\",\"Value\":\"v\"}]");
}
