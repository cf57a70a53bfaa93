using RoleCall.Policy.Model;

namespace RoleCall.Policy.Parsing;

/// <summary>Splits "ForAnyValue:StringLikeIfExists" into set qualifier, operator and IfExists.</summary>
internal static class ConditionOperatorName
{
    private const string IfExistsSuffix = "IfExists";

    public static bool TryParse(string name, out SetQualifier set, out ConditionOperator op, out bool ifExists)
    {
        set = SetQualifier.None;
        var rest = name.AsSpan();
        if (rest.StartsWith("ForAllValues:", StringComparison.OrdinalIgnoreCase))
        {
            set = SetQualifier.ForAllValues;
            rest = rest["ForAllValues:".Length..];
        }
        else if (rest.StartsWith("ForAnyValue:", StringComparison.OrdinalIgnoreCase))
        {
            set = SetQualifier.ForAnyValue;
            rest = rest["ForAnyValue:".Length..];
        }

        ifExists = rest.EndsWith(IfExistsSuffix, StringComparison.OrdinalIgnoreCase);
        if (ifExists)
        {
            rest = rest[..^IfExistsSuffix.Length];
        }

        // Enum.TryParse would accept numbers ("3"): require a letter first. Null takes no IfExists.
        op = default;
        var ok = rest.Length > 0 && char.IsLetter(rest[0]) && Enum.TryParse(rest, ignoreCase: true, out op);
        if (!ok || (ifExists && op == ConditionOperator.Null))
        {
            op = default;
            return false;
        }

        return true;
    }

    /// <summary>The operators evaluated as the negation of a positive one.</summary>
    public static bool IsNegated(ConditionOperator op) => op is ConditionOperator.StringNotEquals
        or ConditionOperator.StringNotEqualsIgnoreCase or ConditionOperator.StringNotLike
        or ConditionOperator.NumericNotEquals or ConditionOperator.DateNotEquals
        or ConditionOperator.NotIpAddress or ConditionOperator.ArnNotEquals or ConditionOperator.ArnNotLike;
}
