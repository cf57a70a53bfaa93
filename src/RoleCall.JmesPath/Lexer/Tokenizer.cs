using System.Globalization;
using System.Text.Json;
using RoleCall.JmesPath.Errors;
using RoleCall.JmesPath.Json;
using RoleCall.JmesPath.Values;

namespace RoleCall.JmesPath.Lexer;

/// <summary>
/// Splits an expression into tokens, following jmespath.py 1.x's lexer (the one `aws --query` runs),
/// including its legacy backtick literals: `` `foo` `` that is not valid JSON is read as the string "foo".
/// </summary>
internal sealed class Tokenizer
{
    private readonly string _expression;
    private readonly List<Token> _tokens = [];
    private int _position;

    private Tokenizer(string expression) => _expression = expression;

    public static List<Token> Tokenize(string expression)
    {
        if (string.IsNullOrEmpty(expression))
        {
            throw JmesPathErrors.Empty();
        }

        var tokenizer = new Tokenizer(expression);
        tokenizer.Run();
        return tokenizer._tokens;
    }

    private char Current => _position < _expression.Length ? _expression[_position] : '\0';

    private bool AtEnd => _position >= _expression.Length;

    private void Run()
    {
        while (!AtEnd)
        {
            var start = _position;
            var c = Current;
            if (SimpleToken(c) is { } simple)
            {
                _position++;
                Add(simple, c.ToString(), start);
            }
            else if (char.IsAsciiLetter(c) || c == '_')
            {
                while (!AtEnd && (char.IsAsciiLetterOrDigit(Current) || Current == '_'))
                {
                    _position++;
                }

                Add(TokenKind.UnquotedIdentifier, _expression[start.._position], start);
            }
            else if (c is ' ' or '\t' or '\n' or '\r')
            {
                _position++;
            }
            else
            {
                ReadComplexToken(c, start);
            }
        }

        Add(TokenKind.Eof, string.Empty, _expression.Length);
    }

    private static TokenKind? SimpleToken(char c) => c switch
    {
        '.' => TokenKind.Dot,
        '*' => TokenKind.Star,
        ']' => TokenKind.RBracket,
        ',' => TokenKind.Comma,
        ':' => TokenKind.Colon,
        '@' => TokenKind.Current,
        '(' => TokenKind.LParen,
        ')' => TokenKind.RParen,
        '{' => TokenKind.LBrace,
        '}' => TokenKind.RBrace,
        _ => null,
    };

    private void ReadComplexToken(char c, int start)
    {
        switch (c)
        {
            case '[':
                _position++;
                if (Current == ']' && !AtEnd)
                {
                    _position++;
                    Add(TokenKind.Flatten, "[]", start);
                }
                else if (Current == '?' && !AtEnd)
                {
                    _position++;
                    Add(TokenKind.Filter, "[?", start);
                }
                else
                {
                    Add(TokenKind.LBracket, "[", start);
                }

                break;
            case '\'':
                var raw = ConsumeUntil('\'').Replace("\\'", "'", StringComparison.Ordinal);
                _tokens.Add(new(TokenKind.Literal, raw, start, Literal: new JmesString(raw)));
                break;
            case '`':
                ReadLiteral(start);
                break;
            case '"':
                ReadQuotedIdentifier(start);
                break;
            case '|':
                MatchOrElse('|', TokenKind.Or, TokenKind.Pipe);
                break;
            case '&':
                MatchOrElse('&', TokenKind.And, TokenKind.Expref);
                break;
            case '<':
                MatchOrElse('=', TokenKind.Lte, TokenKind.Lt);
                break;
            case '>':
                MatchOrElse('=', TokenKind.Gte, TokenKind.Gt);
                break;
            case '!':
                MatchOrElse('=', TokenKind.Ne, TokenKind.Not);
                break;
            case '=':
                _position++;
                if (Current != '=' || AtEnd)
                {
                    throw JmesPathErrors.Lexer(_expression, start, "Unknown token '='");
                }

                _position++;
                Add(TokenKind.Eq, "==", start);
                break;
            default:
                if (char.IsAsciiDigit(c) || c == '-')
                {
                    ReadNumber(start);
                    break;
                }

                throw JmesPathErrors.Lexer(_expression, start, $"Unknown token {c}");
        }
    }

    private void ReadNumber(int start)
    {
        _position++;
        while (!AtEnd && char.IsAsciiDigit(Current))
        {
            _position++;
        }

        var text = _expression[start.._position];
        if (text == "-")
        {
            throw JmesPathErrors.Lexer(_expression, start, "Unknown token '-'");
        }

        // Python ints are unbounded; indices beyond 64 bits can only mean "out of range", so clamp.
        var number = long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
            ? n
            : text.StartsWith('-') ? long.MinValue : long.MaxValue;
        _tokens.Add(new(TokenKind.Number, text, start, Number: number));
    }

    private void ReadLiteral(int start)
    {
        var lexeme = ConsumeUntil('`').Replace("\\`", "`", StringComparison.Ordinal);
        JmesValue value;
        try
        {
            value = JsonParser.Parse(lexeme);
        }
        catch (JsonException)
        {
            // JEP-12's deprecation period: jmespath.py (and so `aws --query`) reads invalid JSON as a string.
            try
            {
                value = JsonParser.Parse("\"" + lexeme.TrimStart() + "\"");
            }
            catch (JsonException)
            {
                throw JmesPathErrors.Lexer(_expression, start, $"Bad token {lexeme}");
            }
        }

        _tokens.Add(new(TokenKind.Literal, lexeme, start, Literal: value));
    }

    private void ReadQuotedIdentifier(int start)
    {
        var lexeme = "\"" + ConsumeUntil('"') + "\"";
        try
        {
            var name = (JmesString)JsonParser.Parse(lexeme);
            _tokens.Add(new(TokenKind.QuotedIdentifier, name.Value, start));
        }
        catch (JsonException)
        {
            throw JmesPathErrors.Lexer(_expression, start, $"Invalid quoted identifier {lexeme}");
        }
    }

    /// <summary>Reads up to the closing delimiter; a backslash keeps itself and the next character.</summary>
    private string ConsumeUntil(char delimiter)
    {
        var start = _position;
        var buffer = new System.Text.StringBuilder();
        _position++;
        while (Current != delimiter || AtEnd)
        {
            if (Current == '\\' && !AtEnd)
            {
                buffer.Append('\\');
                _position++;
            }

            if (AtEnd)
            {
                throw JmesPathErrors.Lexer(_expression, start, $"Unclosed {delimiter} delimiter");
            }

            buffer.Append(Current);
            _position++;
        }

        _position++;
        return buffer.ToString();
    }

    private void MatchOrElse(char expected, TokenKind match, TokenKind otherwise)
    {
        var start = _position;
        var first = Current;
        _position++;
        if (!AtEnd && Current == expected)
        {
            _position++;
            Add(match, $"{first}{expected}", start);
        }
        else
        {
            Add(otherwise, first.ToString(), start);
        }
    }

    private void Add(TokenKind kind, string text, int position) => _tokens.Add(new(kind, text, position));
}
