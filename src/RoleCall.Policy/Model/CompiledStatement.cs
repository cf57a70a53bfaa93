namespace RoleCall.Policy.Model;

/// <summary>
/// One statement of a <see cref="CompiledPolicy"/>: its identity (Sid or index), effect, position in the
/// document, and the compiled matchers the evaluator runs.
/// </summary>
public sealed class CompiledStatement
{
    internal CompiledStatement(
        int index,
        string? sid,
        Effect effect,
        SourcePosition start,
        SourcePosition end,
        MatchList actions,
        MatchList? resources,
        PrincipalSet? principals,
        IReadOnlyList<ConditionClause> conditions)
    {
        Index = index;
        Sid = sid;
        Effect = effect;
        Start = start;
        End = end;
        Actions = actions;
        Resources = resources;
        Principals = principals;
        Conditions = [.. conditions];
        ContextKeys = [.. conditions.Select(c => c.Key).Concat(actions.VariableKeys).Concat(resources?.VariableKeys ?? [])
            .Concat(conditions.SelectMany(c => c.VariableKeys)).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>0-based position in the Statement array (0 for a single statement object).</summary>
    public int Index { get; }

    public string? Sid { get; }

    public Effect Effect { get; }

    /// <summary>Where the statement's object starts ('{').</summary>
    public SourcePosition Start { get; }

    /// <summary>Where the statement's object ends (just after '}').</summary>
    public SourcePosition End { get; }

    /// <summary>The Sid, or "Statement[i]" when it has none: how decisions name the statement.</summary>
    public string DisplayName => Sid ?? $"Statement[{Index}]";

    internal MatchList Actions { get; }

    /// <summary>Null in trust policies, which have no Resource element (the role is the resource).</summary>
    internal MatchList? Resources { get; }

    /// <summary>Null in identity, session and boundary policies.</summary>
    internal PrincipalSet? Principals { get; }

    internal ConditionClause[] Conditions { get; }

    internal string[] ContextKeys { get; }
}
