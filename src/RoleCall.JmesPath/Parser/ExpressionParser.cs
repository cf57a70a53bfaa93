using RoleCall.JmesPath.Errors;
using RoleCall.JmesPath.Functions;
using RoleCall.JmesPath.Lexer;
using RoleCall.JmesPath.Syntax;

namespace RoleCall.JmesPath.Parser;

/// <summary>
/// A Pratt (top-down operator precedence) parser over the token list, ported rule for rule from jmespath.py
/// 1.x so that `rolecall --query` accepts and rejects exactly what `aws --query` does, quirks included
/// (e.g. `a[0][1:2]` extends the index expression instead of starting a projection). Functions are bound
/// to their built-ins here, so unknown names and wrong arity fail at compile time.
/// </summary>
internal sealed partial class ExpressionParser
{
    private readonly string _expression;
    private readonly List<Token> _tokens;
    private int _index;

    private ExpressionParser(string expression)
    {
        _expression = expression;
        _tokens = Tokenizer.Tokenize(expression);
    }

    public static Node Parse(string expression)
    {
        var parser = new ExpressionParser(expression);
        var root = parser.Expression(0);
        if (parser.CurrentKind != TokenKind.Eof)
        {
            var token = parser.Lookahead(0);
            throw parser.ParseError(token, $"Unexpected token: {token.Text}");
        }

        return root;
    }

    private TokenKind CurrentKind => _tokens[_index].Kind;

    private Token Lookahead(int offset) => _tokens[_index + offset];

    private void Advance() => _index++;

    private Node Expression(int bindingPower)
    {
        var left = Nud(Lookahead(0));
        while (bindingPower < BindingPower.Of(CurrentKind))
        {
            var token = Lookahead(0);
            Advance();
            left = Led(token, left);
        }

        return left;
    }

    private Node Nud(Token token)
    {
        Advance();
        switch (token.Kind)
        {
            case TokenKind.Literal:
                return new LiteralNode(token.Literal!);
            case TokenKind.UnquotedIdentifier:
                return new FieldNode(token.Text);
            case TokenKind.QuotedIdentifier:
                if (CurrentKind == TokenKind.LParen)
                {
                    throw ParseError(Lookahead(0), "Quoted identifier not allowed for function names.", position: 0);
                }

                return new FieldNode(token.Text);
            case TokenKind.Star:
                var starRight = CurrentKind == TokenKind.RBracket
                    ? CurrentNode.Instance
                    : ProjectionRhs(BindingPower.Of(TokenKind.Star));
                return new ProjectionNode(NodeKind.ValueProjection, CurrentNode.Instance, starRight);
            case TokenKind.Filter:
                return FilterLed(CurrentNode.Instance);
            case TokenKind.LBrace:
                return MultiSelectHash();
            case TokenKind.LParen:
                var inner = Expression(0);
                Match(TokenKind.RParen);
                return inner;
            case TokenKind.Flatten:
                var flattened = new UnaryNode(NodeKind.Flatten, CurrentNode.Instance);
                return new ProjectionNode(NodeKind.Projection, flattened, ProjectionRhs(BindingPower.Of(TokenKind.Flatten)));
            case TokenKind.Not:
                return new UnaryNode(NodeKind.Not, Expression(BindingPower.Of(TokenKind.Not)));
            case TokenKind.LBracket:
                return LBracketNud();
            case TokenKind.Current:
                return CurrentNode.Instance;
            case TokenKind.Expref:
                return new UnaryNode(NodeKind.ExpressionReference, Expression(BindingPower.Of(TokenKind.Expref)));
            case TokenKind.Eof:
                throw JmesPathErrors.Incomplete(_expression);
            default:
                throw ParseError(token, "invalid token");
        }
    }

    private Node Led(Token token, Node left)
    {
        switch (token.Kind)
        {
            case TokenKind.Dot:
                return DotLed(left);
            case TokenKind.Pipe:
                return new BinaryNode(NodeKind.Pipe, left, Expression(BindingPower.Of(TokenKind.Pipe)));
            case TokenKind.Or:
                return new BinaryNode(NodeKind.Or, left, Expression(BindingPower.Of(TokenKind.Or)));
            case TokenKind.And:
                return new BinaryNode(NodeKind.And, left, Expression(BindingPower.Of(TokenKind.And)));
            case TokenKind.LParen:
                return FunctionLed(left);
            case TokenKind.Filter:
                return FilterLed(left);
            case TokenKind.Eq or TokenKind.Ne or TokenKind.Lt or TokenKind.Lte or TokenKind.Gt or TokenKind.Gte:
                return new ComparatorNode(ComparisonOf(token.Kind), left, Expression(BindingPower.Of(token.Kind)));
            case TokenKind.Flatten:
                var flattened = new UnaryNode(NodeKind.Flatten, left);
                return new ProjectionNode(NodeKind.Projection, flattened, ProjectionRhs(BindingPower.Of(TokenKind.Flatten)));
            case TokenKind.LBracket:
                return LBracketLed(left);
            default:
                // Star, Not and LBrace bind tightly but have no infix form: `a*`, `a!b`, `a{b}`.
                throw ParseError(token, "invalid token");
        }
    }

    private static Comparison ComparisonOf(TokenKind kind) => kind switch
    {
        TokenKind.Eq => Comparison.Equal,
        TokenKind.Ne => Comparison.NotEqual,
        TokenKind.Lt => Comparison.LessThan,
        TokenKind.Lte => Comparison.LessOrEqual,
        TokenKind.Gt => Comparison.GreaterThan,
        _ => Comparison.GreaterOrEqual,
    };

    private Node LBracketNud()
    {
        if (CurrentKind is TokenKind.Number or TokenKind.Colon)
        {
            return ProjectIfSlice(CurrentNode.Instance, IndexExpression());
        }

        if (CurrentKind == TokenKind.Star && Lookahead(1).Kind == TokenKind.RBracket)
        {
            Advance();
            Advance();
            return new ProjectionNode(NodeKind.Projection, CurrentNode.Instance, ProjectionRhs(BindingPower.Of(TokenKind.Star)));
        }

        return MultiSelectList();
    }

    private Node LBracketLed(Node left)
    {
        if (CurrentKind is TokenKind.Number or TokenKind.Colon)
        {
            var right = IndexExpression();
            if (left is ChainNode { Kind: NodeKind.IndexExpression } chain)
            {
                // jmespath.py appends to an index expression without projecting, even for a slice.
                return chain.Append(right);
            }

            return ProjectIfSlice(left, right);
        }

        Match(TokenKind.Star);
        Match(TokenKind.RBracket);
        return new ProjectionNode(NodeKind.Projection, left, ProjectionRhs(BindingPower.Of(TokenKind.Star)));
    }

    private Node ProjectIfSlice(Node left, Node right)
    {
        var indexExpression = new ChainNode(NodeKind.IndexExpression, [left, right]);
        return right is SliceNode
            ? new ProjectionNode(NodeKind.Projection, indexExpression, ProjectionRhs(BindingPower.Of(TokenKind.Star)))
            : indexExpression;
    }

    private Node DotLed(Node left)
    {
        if (CurrentKind != TokenKind.Star)
        {
            var right = DotRhs(BindingPower.Of(TokenKind.Dot));
            return left is ChainNode { Kind: NodeKind.Subexpression } chain
                ? chain.Append(right)
                : new ChainNode(NodeKind.Subexpression, [left, right]);
        }

        Advance();
        return new ProjectionNode(NodeKind.ValueProjection, left, ProjectionRhs(BindingPower.Of(TokenKind.Dot)));
    }

    private ProjectionNode FilterLed(Node left)
    {
        var condition = Expression(0);
        Match(TokenKind.RBracket);
        var right = CurrentKind == TokenKind.Flatten
            ? CurrentNode.Instance
            : ProjectionRhs(BindingPower.Of(TokenKind.Filter));
        return new ProjectionNode(NodeKind.FilterProjection, left, right, condition);
    }

    private FunctionNode FunctionLed(Node left)
    {
        if (left is not FieldNode field)
        {
            var name = Lookahead(-2);
            throw ParseError(name, $"Invalid function name '{name.Text}'");
        }

        var arguments = new List<Node>();
        while (CurrentKind != TokenKind.RParen)
        {
            var argument = Expression(0);
            if (CurrentKind == TokenKind.Comma)
            {
                Match(TokenKind.Comma);
            }

            arguments.Add(argument);
        }

        Match(TokenKind.RParen);
        var function = FunctionTable.Find(field.Name) ?? throw JmesPathErrors.UnknownFunction(field.Name);
        function.CheckArity(arguments.Count);
        return new FunctionNode(function, arguments);
    }
}
