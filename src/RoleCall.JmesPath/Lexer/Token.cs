using RoleCall.JmesPath.Values;

namespace RoleCall.JmesPath.Lexer;

/// <summary>
/// One token: its kind, its text for messages, where it starts, and its payload (identifier name in
/// <see cref="Text"/>, <see cref="Number"/> for numbers, <see cref="Literal"/> for literals and raw strings).
/// A class, not a struct: generic code over a struct of this assembly (List&lt;Token&gt;) is not precompiled by
/// ReadyToRun and was JIT-compiled at the start of every `--query`.
/// </summary>
internal sealed record Token(TokenKind Kind, string Text, int Position, long Number = 0, JmesValue? Literal = null)
{
    /// <summary>jmespath.py's upper-case type name, e.g. UNQUOTED_IDENTIFIER.</summary>
    public string TypeName => Kind switch
    {
        TokenKind.UnquotedIdentifier => "UNQUOTED_IDENTIFIER",
        TokenKind.QuotedIdentifier => "QUOTED_IDENTIFIER",
        TokenKind.LBracket => "LBRACKET",
        TokenKind.RBracket => "RBRACKET",
        TokenKind.LBrace => "LBRACE",
        TokenKind.RBrace => "RBRACE",
        TokenKind.LParen => "LPAREN",
        TokenKind.RParen => "RPAREN",
        _ => Kind.ToString().ToUpperInvariant(),
    };
}
