namespace RoleCall.JmesPath.Syntax;

/// <summary>The AST node types, after jmespath.py's (the interpreter switches on this).</summary>
internal enum NodeKind
{
    Current,
    Field,
    Subexpression,
    IndexExpression,
    Index,
    Slice,
    Projection,
    ValueProjection,
    FilterProjection,
    Flatten,
    Literal,
    MultiSelectList,
    MultiSelectHash,
    Comparator,
    Or,
    And,
    Not,
    Pipe,
    Function,
    ExpressionReference,
}
