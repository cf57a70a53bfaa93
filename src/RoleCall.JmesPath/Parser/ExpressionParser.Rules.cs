using RoleCall.JmesPath.Errors;
using RoleCall.JmesPath.Lexer;
using RoleCall.JmesPath.Syntax;

namespace RoleCall.JmesPath.Parser;

/// <summary>The bracketed forms, projection right-hand sides and error helpers of the parser.</summary>
internal sealed partial class ExpressionParser
{
    private Node IndexExpression()
    {
        if (Lookahead(0).Kind == TokenKind.Colon || Lookahead(1).Kind == TokenKind.Colon)
        {
            return SliceExpression();
        }

        var node = new IndexNode(Lookahead(0).Number);
        Advance();
        Match(TokenKind.RBracket);
        return node;
    }

    private SliceNode SliceExpression()
    {
        var parts = new long?[3];
        var index = 0;
        while (CurrentKind != TokenKind.RBracket && index < 3)
        {
            if (CurrentKind == TokenKind.Colon)
            {
                index++;
                if (index == 3)
                {
                    throw ParseError(Lookahead(0), "syntax error");
                }

                Advance();
            }
            else if (CurrentKind == TokenKind.Number)
            {
                parts[index] = Lookahead(0).Number;
                Advance();
            }
            else
            {
                throw ParseError(Lookahead(0), "syntax error");
            }
        }

        Match(TokenKind.RBracket);
        return new SliceNode(parts[0], parts[1], parts[2]);
    }

    private MultiSelectListNode MultiSelectList()
    {
        var items = new List<Node>();
        while (true)
        {
            items.Add(Expression(0));
            if (CurrentKind == TokenKind.RBracket)
            {
                break;
            }

            Match(TokenKind.Comma);
        }

        Match(TokenKind.RBracket);
        return new MultiSelectListNode(items);
    }

    private MultiSelectHashNode MultiSelectHash()
    {
        var entries = new List<KeyValuePair<string, Node>>();
        while (true)
        {
            var key = Lookahead(0);
            if (CurrentKind is not (TokenKind.QuotedIdentifier or TokenKind.UnquotedIdentifier))
            {
                throw MaybeEofError("QUOTED_IDENTIFIER or UNQUOTED_IDENTIFIER", key);
            }

            Advance();
            Match(TokenKind.Colon);
            entries.Add(new(key.Text, Expression(0)));
            if (CurrentKind == TokenKind.Comma)
            {
                Match(TokenKind.Comma);
            }
            else if (CurrentKind == TokenKind.RBrace)
            {
                Match(TokenKind.RBrace);
                break;
            }
        }

        return new MultiSelectHashNode(entries);
    }

    private Node ProjectionRhs(int bindingPower)
    {
        if (BindingPower.Of(CurrentKind) < BindingPower.ProjectionStop)
        {
            return CurrentNode.Instance;
        }

        switch (CurrentKind)
        {
            case TokenKind.LBracket or TokenKind.Filter:
                return Expression(bindingPower);
            case TokenKind.Dot:
                Match(TokenKind.Dot);
                return DotRhs(bindingPower);
            default:
                throw ParseError(Lookahead(0), "syntax error");
        }
    }

    private Node DotRhs(int bindingPower)
    {
        switch (CurrentKind)
        {
            case TokenKind.QuotedIdentifier or TokenKind.UnquotedIdentifier or TokenKind.Star:
                return Expression(bindingPower);
            case TokenKind.LBracket:
                Match(TokenKind.LBracket);
                return MultiSelectList();
            case TokenKind.LBrace:
                Match(TokenKind.LBrace);
                return MultiSelectHash();
            default:
                var token = Lookahead(0);
                throw ParseError(token,
                    $"Expecting: ['quoted_identifier', 'unquoted_identifier', 'lbracket', 'lbrace'], got: {token.TypeName.ToLowerInvariant()}");
        }
    }

    private void Match(TokenKind kind)
    {
        if (CurrentKind != kind)
        {
            throw MaybeEofError(kind.ToString().ToLowerInvariant(), Lookahead(0));
        }

        Advance();
    }

    private JmesPathException MaybeEofError(string expected, Token actual) =>
        actual.Kind == TokenKind.Eof
            ? JmesPathErrors.Incomplete(_expression)
            : ParseError(actual, $"Expecting: {expected}, got: {actual.TypeName.ToLowerInvariant()}");

    private JmesPathException ParseError(Token token, string reason, int? position = null) =>
        JmesPathErrors.Parse(_expression, position ?? token.Position, reason, token.Text, token.TypeName);
}
