using RoleCall.JmesPath.Functions;

namespace RoleCall.JmesPath.Syntax;

/// <summary>`name(args...)`, bound at parse time to its built-in (unknown names and arity fail to compile).</summary>
internal sealed class FunctionNode(JmesFunction function, IReadOnlyList<Node> arguments) : Node(NodeKind.Function)
{
    public JmesFunction Function { get; } = function;

    public IReadOnlyList<Node> Arguments { get; } = arguments;
}
