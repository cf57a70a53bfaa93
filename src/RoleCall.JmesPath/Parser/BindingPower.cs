using RoleCall.JmesPath.Lexer;

namespace RoleCall.JmesPath.Parser;

/// <summary>jmespath.py's binding powers; tokens below <see cref="ProjectionStop"/> end a projection.</summary>
internal static class BindingPower
{
    public const int ProjectionStop = 10;

    public static int Of(TokenKind kind) => kind switch
    {
        TokenKind.Pipe => 1,
        TokenKind.Or => 2,
        TokenKind.And => 3,
        TokenKind.Eq or TokenKind.Ne or TokenKind.Lt or TokenKind.Lte or TokenKind.Gt or TokenKind.Gte => 5,
        TokenKind.Flatten => 9,
        TokenKind.Star => 20,
        TokenKind.Filter => 21,
        TokenKind.Dot => 40,
        TokenKind.Not => 45,
        TokenKind.LBrace => 50,
        TokenKind.LBracket => 55,
        TokenKind.LParen => 60,
        _ => 0,
    };
}
