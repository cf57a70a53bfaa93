namespace RoleCall.Policy.Model;

/// <summary>
/// One operator/key pair of a Condition block with its values compiled for the operator's family. The
/// values of one clause are ORed; clauses of a statement are ANDed.
/// </summary>
internal sealed record ConditionClause
{
    /// <summary>The operator as written: "ForAnyValue:StringLikeIfExists".</summary>
    public required string OperatorName { get; init; }

    public required ConditionOperator Operator { get; init; }

    public SetQualifier Set { get; init; }

    public bool IfExists { get; init; }

    /// <summary>The context key as written; looked up case-insensitively.</summary>
    public required string Key { get; init; }

    /// <summary>For negated operators the evaluator computes the positive match and inverts it.</summary>
    public bool Negated { get; init; }

    /// <summary>String and ARN operators: one pattern per value (wildcards only for *Like and Arn*).</summary>
    public Pattern[] Patterns { get; init; } = [];

    /// <summary>Arn operators: one field-wise pattern per value.</summary>
    public ArnPattern[] ArnPatterns { get; init; } = [];

    public double[] Numbers { get; init; } = [];

    public DateTimeOffset[] Dates { get; init; } = [];

    public IpNetwork[] Networks { get; init; } = [];

    /// <summary>Bool and Null: the expected truth values.</summary>
    public bool[] Booleans { get; init; } = [];

    /// <summary>BinaryEquals: the base64 texts.</summary>
    public string[] Binaries { get; init; } = [];

    public IEnumerable<string> VariableKeys => Patterns.Concat(ArnPatterns.Select(a => a.Whole)).SelectMany(p => p.VariableKeys);
}
