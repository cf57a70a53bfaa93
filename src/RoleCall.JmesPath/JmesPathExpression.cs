using RoleCall.JmesPath.Evaluation;
using RoleCall.JmesPath.Parser;
using RoleCall.JmesPath.Syntax;
using RoleCall.JmesPath.Values;

namespace RoleCall.JmesPath;

/// <summary>
/// A compiled JMESPath expression (jmespath.py 1.x dialect, as `aws --query` runs it). Compile once and
/// <see cref="Search"/> many times; compiling throws <see cref="Errors.JmesPathException"/> (Kind Syntax,
/// UnknownFunction or InvalidArity) with the column; searching may throw it with Kind InvalidType or InvalidValue.
/// Thread-safe: a compiled expression is immutable.
/// </summary>
public sealed class JmesPathExpression
{
    private readonly Node _root;

    private JmesPathExpression(string text, Node root)
    {
        Text = text;
        _root = root;
    }

    /// <summary>The expression as written.</summary>
    public string Text { get; }

    public static JmesPathExpression Compile(string expression) => new(expression, ExpressionParser.Parse(expression));

    /// <summary>Evaluates the expression against <paramref name="data"/>.</summary>
    public JmesValue Search(JmesValue data) => Interpreter.Evaluate(_root, data);

    public override string ToString() => Text;
}
