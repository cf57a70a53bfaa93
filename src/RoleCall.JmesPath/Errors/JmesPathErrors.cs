using RoleCall.JmesPath.Values;

namespace RoleCall.JmesPath.Errors;

/// <summary>The messages, worded after jmespath.py's so users of `aws --query` recognise them.</summary>
internal static class JmesPathErrors
{
    public static JmesPathException Empty() =>
        new(JmesPathErrorKind.Syntax, "Invalid JMESPath expression: cannot be empty.", 0);

    public static JmesPathException Lexer(string expression, int position, string reason) =>
        new(JmesPathErrorKind.Syntax, $"Bad jmespath expression: {reason} at column {position}: \"{expression}\"", position,
            Caret(expression, position));

    public static JmesPathException Parse(string expression, int position, string reason, string tokenValue, string tokenType) =>
        new(JmesPathErrorKind.Syntax,
            $"Invalid jmespath expression: {reason}: Parse error at column {position}, token \"{tokenValue}\" ({tokenType}), for expression: \"{expression}\"",
            position, Caret(expression, position));

    public static JmesPathException Incomplete(string expression) =>
        new(JmesPathErrorKind.Syntax, $"Invalid jmespath expression: Incomplete expression: \"{expression}\"", expression.Length,
            Caret(expression, expression.Length));

    public static JmesPathException UnknownFunction(string name) =>
        new(JmesPathErrorKind.UnknownFunction, $"Unknown function: {name}()",
            hint: "see https://jmespath.org/specification.html#built-in-functions for the functions");

    public static JmesPathException Arity(string name, int expected, int actual, bool variadic) =>
        new(JmesPathErrorKind.InvalidArity,
            $"Expected {(variadic ? "at least " : string.Empty)}{expected} argument{(expected == 1 ? string.Empty : "s")} for function {name}(), received {actual}");

    public static JmesPathException Type(string function, JmesValue value, string actualType, string expectedTypes) =>
        new(JmesPathErrorKind.InvalidType,
            $"In function {function}(), invalid type for value: {Describe(value)}, expected one of: {expectedTypes}, received: \"{actualType}\"");

    public static JmesPathException ZeroSliceStep() =>
        new(JmesPathErrorKind.InvalidValue, "Invalid slice: the step cannot be 0", hint: "use a positive or negative step, e.g. [::-1]");

    private static string Describe(JmesValue value)
    {
        var json = value.ToJson();
        return json.Length > 80 ? string.Concat(json.AsSpan(0, 77), "...") : json;
    }

    /// <summary>Points at the column under the expression, as jmespath.py's messages do.</summary>
    private static string Caret(string expression, int position) =>
        $"the error is here: {expression[..Math.Min(position, expression.Length)]}^{expression[Math.Min(position, expression.Length)..]}";
}
