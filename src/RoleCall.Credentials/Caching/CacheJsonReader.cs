using System.Globalization;
using System.Text;

namespace RoleCall.Credentials.Caching;

/// <summary>
/// Reads the JSON of a cache file (or any small JSON answer a short command reads, such as the console's sign-in
/// token) into dictionaries, lists, strings, doubles, booleans and nulls. Hand-written for start-up time: a
/// cached `rolecall env` otherwise spends a third of its run loading and starting System.Text.Json for one small file. Strict RFC 8259 (no comments, no trailing commas); anything else is a
/// <see cref="FormatException"/>, which the cache treats as a corrupt entry.
/// </summary>
public ref struct CacheJsonReader
{
    private const int MaxDepth = 64;
    private readonly ReadOnlySpan<char> _text;
    private int _position;

    private CacheJsonReader(ReadOnlySpan<char> text) => _text = text;

    public static object? Parse(string text)
    {
        var reader = new CacheJsonReader(text);
        var value = reader.Value(0);
        reader.SkipWhitespace();
        return reader._position == text.Length ? value : throw reader.Error("text after the JSON value");
    }

    private object? Value(int depth)
    {
        if (depth > MaxDepth)
        {
            throw Error("nesting deeper than 64");
        }

        SkipWhitespace();
        return Peek() switch
        {
            '{' => Object(depth),
            '[' => Array(depth),
            '"' => String(),
            't' => Literal("true", true),
            'f' => Literal("false", false),
            'n' => Literal("null", null),
            _ => Number(),
        };
    }

    private Dictionary<string, object?> Object(int depth)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        _position++;
        SkipWhitespace();
        if (TryConsume('}'))
        {
            return result;
        }

        do
        {
            SkipWhitespace();
            var name = Peek() == '"' ? String() : throw Error("a property name");
            SkipWhitespace();
            Expect(':');
            result[name] = Value(depth + 1);
            SkipWhitespace();
        }
        while (TryConsume(','));

        Expect('}');
        return result;
    }

    private List<object?> Array(int depth)
    {
        var result = new List<object?>();
        _position++;
        SkipWhitespace();
        if (TryConsume(']'))
        {
            return result;
        }

        do
        {
            result.Add(Value(depth + 1));
            SkipWhitespace();
        }
        while (TryConsume(','));

        Expect(']');
        return result;
    }

    private string String()
    {
        _position++;
        var builder = new StringBuilder();
        while (true)
        {
            var c = _position < _text.Length ? _text[_position++] : throw Error("the end of a string");
            if (c == '"')
            {
                return builder.ToString();
            }

            if (c < ' ')
            {
                throw Error("an escaped control character");
            }

            builder.Append(c == '\\' ? Escape() : c);
        }
    }

    private char Escape()
    {
        var c = _position < _text.Length ? _text[_position++] : throw Error("an escape");
        return c switch
        {
            '"' or '\\' or '/' => c,
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            // Surrogate pairs arrive as two \u escapes in a row and are appended one half at a time.
            'u' when _position + 4 <= _text.Length
                && ushort.TryParse(_text.Slice(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
                => Advance(4, (char)code),
            _ => throw Error("a valid escape"),
        };
    }

    // -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?, as RFC 8259 writes it.
    private double Number()
    {
        var start = _position;
        TryConsume('-');
        if (!TryConsume('0') && Digits() == 0)
        {
            throw Error("a JSON value", start);
        }

        if (TryConsume('.') && Digits() == 0)
        {
            throw Error("digits after the decimal point");
        }

        if (TryConsume('e') || TryConsume('E'))
        {
            _ = TryConsume('+') || TryConsume('-');
            if (Digits() == 0)
            {
                throw Error("digits in the exponent");
            }
        }

        return double.Parse(_text[start.._position], NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private int Digits()
    {
        var start = _position;
        while (char.IsAsciiDigit(Peek()))
        {
            _position++;
        }

        return _position - start;
    }

    private object? Literal(string word, object? value)
    {
        if (!_text[_position..].StartsWith(word, StringComparison.Ordinal))
        {
            throw Error("a JSON value");
        }

        _position += word.Length;
        return value;
    }

    private char Advance(int count, char result)
    {
        _position += count;
        return result;
    }

    private void SkipWhitespace()
    {
        while (_position < _text.Length && _text[_position] is ' ' or '\t' or '\n' or '\r')
        {
            _position++;
        }
    }

    private readonly char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private bool TryConsume(char expected)
    {
        if (Peek() != expected)
        {
            return false;
        }

        _position++;
        return true;
    }

    private void Expect(char expected)
    {
        if (!TryConsume(expected))
        {
            throw Error($"'{expected}'");
        }
    }

    private readonly FormatException Error(string expected, int? at = null) =>
        new($"expected {expected} at offset {at ?? _position} of the cache entry");
}
