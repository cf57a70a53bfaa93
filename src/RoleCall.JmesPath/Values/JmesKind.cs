namespace RoleCall.JmesPath.Values;

/// <summary>The JMESPath types (https://jmespath.org/specification.html#data-types), plus expression references.</summary>
#pragma warning disable CA1720 // The members are JMESPath's own type names (string, object), not .NET types.
public enum JmesKind
{
    Null,
    Boolean,
    Number,
    String,
    Array,
    Object,

    /// <summary>`&amp;expr`: only ever an argument to a function such as sort_by; never part of a document.</summary>
    Expression,
}
