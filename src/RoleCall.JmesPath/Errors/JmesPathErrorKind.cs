namespace RoleCall.JmesPath.Errors;

/// <summary>The error classes of the JMESPath compliance suite.</summary>
public enum JmesPathErrorKind
{
    /// <summary>The expression does not parse; raised by Compile (exit 252, as the AWS CLI rejects --query).</summary>
    Syntax,

    /// <summary>A function called with the wrong number of arguments (detected at compile time).</summary>
    InvalidArity,

    /// <summary>A function name that jmespath.py does not know (detected at compile time).</summary>
    UnknownFunction,

    /// <summary>A function argument of the wrong type, found while evaluating.</summary>
    InvalidType,

    /// <summary>A value no expression can use, such as a slice step of 0.</summary>
    InvalidValue,
}
