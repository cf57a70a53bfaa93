using System.Globalization;
using System.Text;
using RoleCall.Policy.Model;

namespace RoleCall.Policy.Parsing.Json;

/// <summary>
/// A small strict JSON reader (RFC 8259) that records line:column for every value and never throws:
/// malformed text, deep nesting and stray bytes come back as a <see cref="JsonSyntaxError"/>.
/// </summary>
internal sealed class JsonReader
{
    /// <summary>A policy nests about six levels; anything far deeper is hostile input, not a policy.</summary>
    public const int MaxDepth = 64;

    private readonly string _text;
    private int _index;
    private int _line = 1;
    private int _lineStart;

    private JsonReader(string text) => _text = text;

    public static JsonNode? Read(string text, out JsonSyntaxError? error)
    {
        var reader = new JsonReader(text);
        error = null;
        reader.SkipWhitespace();
        var root = reader.ReadValue(0, ref error);
        if (root is not null && error is null)
        {
            reader.SkipWhitespace();
            if (reader._index < text.Length)
            {
                error = reader.Fail("unexpected text after the end of the document");
                return null;
            }
        }

        return error is null ? root : null;
    }

    private SourcePosition Here => new(_line, _index - _lineStart + 1);

    private JsonSyntaxError Fail(string detail) => new(detail, Here);

    private JsonNode? ReadValue(int depth, ref JsonSyntaxError? error)
    {
        if (depth > MaxDepth)
        {
            error = Fail($"nesting deeper than {MaxDepth} levels");
            return null;
        }

        if (_index >= _text.Length)
        {
            error = Fail("unexpected end of the document");
            return null;
        }

        var start = Here;
        switch (_text[_index])
        {
            case '{': return ReadObject(depth, ref error);
            case '[': return ReadArray(depth, ref error);
            case '"':
                var text = ReadString(ref error);
                return text is null ? null : new JsonNode(JsonKind.String, start) { Text = text, End = Here };
            case 't': return ReadLiteral("true", JsonKind.True, ref error);
            case 'f': return ReadLiteral("false", JsonKind.False, ref error);
            case 'n': return ReadLiteral("null", JsonKind.Null, ref error);
            case '-' or (>= '0' and <= '9'): return ReadNumber(ref error);
            default:
                error = Fail($"unexpected character '{_text[_index]}'");
                return null;
        }
    }

    private JsonNode? ReadObject(int depth, ref JsonSyntaxError? error)
    {
        var node = new JsonNode(JsonKind.Object, Here);
        _index++;
        SkipWhitespace();
        if (TryTake('}'))
        {
            node.End = Here;
            return node;
        }

        while (true)
        {
            SkipWhitespace();
            var keyPosition = Here;
            if (_index >= _text.Length || _text[_index] != '"')
            {
                error = Fail("expected a quoted key");
                return null;
            }

            var key = ReadString(ref error);
            if (key is null)
            {
                return null;
            }

            SkipWhitespace();
            if (!TryTake(':'))
            {
                error = Fail("expected ':' after a key");
                return null;
            }

            SkipWhitespace();
            var value = ReadValue(depth + 1, ref error);
            if (value is null)
            {
                return null;
            }

            node.Members.Add(new JsonMember(key, value, keyPosition));
            SkipWhitespace();
            if (TryTake('}'))
            {
                node.End = Here;
                return node;
            }

            if (!TryTake(','))
            {
                error = Fail("expected ',' or '}'");
                return null;
            }
        }
    }

    private JsonNode? ReadArray(int depth, ref JsonSyntaxError? error)
    {
        var node = new JsonNode(JsonKind.Array, Here);
        _index++;
        SkipWhitespace();
        if (TryTake(']'))
        {
            node.End = Here;
            return node;
        }

        while (true)
        {
            SkipWhitespace();
            var value = ReadValue(depth + 1, ref error);
            if (value is null)
            {
                return null;
            }

            node.Items.Add(value);
            SkipWhitespace();
            if (TryTake(']'))
            {
                node.End = Here;
                return node;
            }

            if (!TryTake(','))
            {
                error = Fail("expected ',' or ']'");
                return null;
            }
        }
    }

    private string? ReadString(ref JsonSyntaxError? error)
    {
        _index++; // opening quote
        var builder = new StringBuilder();
        while (_index < _text.Length)
        {
            var c = _text[_index];
            if (c == '"')
            {
                _index++;
                return builder.ToString();
            }

            if (c < 0x20)
            {
                error = Fail("control character inside a string (escape it)");
                return null;
            }

            if (c != '\\')
            {
                builder.Append(c);
                _index++;
                continue;
            }

            if (_index + 1 >= _text.Length)
            {
                break;
            }

            var escape = _text[_index + 1];
            _index += 2;
            switch (escape)
            {
                case '"' or '\\' or '/': builder.Append(escape); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u' when _index + 4 <= _text.Length
                    && ushort.TryParse(_text.AsSpan(_index, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                    builder.Append((char)code);
                    _index += 4;
                    break;
                default:
                    _index -= 2;
                    error = Fail($"invalid escape sequence '\\{escape}'");
                    return null;
            }
        }

        error = Fail("unterminated string");
        return null;
    }

    private JsonNode? ReadLiteral(string word, JsonKind kind, ref JsonSyntaxError? error)
    {
        var start = Here;
        if (string.CompareOrdinal(_text, _index, word, 0, word.Length) != 0)
        {
            error = Fail("unexpected word (expected true, false, null, a number, a string, an object or an array)");
            return null;
        }

        _index += word.Length;
        return new JsonNode(kind, start) { Text = word, End = Here };
    }

    private JsonNode? ReadNumber(ref JsonSyntaxError? error)
    {
        var start = Here;
        var begin = _index;
        while (_index < _text.Length && _text[_index] is '-' or '+' or '.' or 'e' or 'E' or (>= '0' and <= '9'))
        {
            _index++;
        }

        var text = _text[begin.._index];
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _) || text.EndsWith('.') || text.StartsWith("-.", StringComparison.Ordinal))
        {
            _index = begin;
            error = Fail($"invalid number '{text}'");
            return null;
        }

        return new JsonNode(JsonKind.Number, start) { Text = text, End = Here };
    }

    private bool TryTake(char c)
    {
        if (_index < _text.Length && _text[_index] == c)
        {
            _index++;
            return true;
        }

        return false;
    }

    private void SkipWhitespace()
    {
        while (_index < _text.Length)
        {
            var c = _text[_index];
            if (c == '\n')
            {
                _line++;
                _lineStart = _index + 1;
            }
            else if (c is not (' ' or '\t' or '\r'))
            {
                return;
            }

            _index++;
        }
    }
}
