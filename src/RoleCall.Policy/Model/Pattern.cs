namespace RoleCall.Policy.Model;

/// <summary>
/// An action, resource, principal or condition value compiled once: literal runs, `*`/`?` wildcards (only
/// where the element allows them) and policy variables. Matching walks the tokens without allocating.
/// </summary>
internal sealed class Pattern
{
    public Pattern(string source, PatternToken[] tokens)
    {
        Source = source;
        Tokens = tokens;
        HasVariables = tokens.Any(t => t.Kind == PatternTokenKind.Variable);
        HasWildcards = tokens.Any(t => t.Kind is PatternTokenKind.AnyRun or PatternTokenKind.AnyChar);
        IsMatchAll = tokens.Length == 1 && tokens[0].Kind == PatternTokenKind.AnyRun;
        Literal = !HasVariables && !HasWildcards ? string.Concat(tokens.Select(t => t.Text)) : null;
        Prefix = string.Concat(tokens.TakeWhile(t => t.Kind == PatternTokenKind.Literal).Select(t => t.Text));
    }

    /// <summary>The text as written in the document.</summary>
    public string Source { get; }

    public PatternToken[] Tokens { get; }

    public bool HasVariables { get; }

    public bool HasWildcards { get; }

    /// <summary>Exactly `*`: matches anything, no need to walk.</summary>
    public bool IsMatchAll { get; }

    /// <summary>The whole text when the pattern has neither wildcards nor variables (fast equality path).</summary>
    public string? Literal { get; }

    /// <summary>The literal text before the first wildcard or variable: a cheap first test that rejects most inputs.</summary>
    public string Prefix { get; }

    public IEnumerable<string> VariableKeys => Tokens.Where(t => t.Kind == PatternTokenKind.Variable).Select(t => t.Text);

    public override string ToString() => Source;
}
