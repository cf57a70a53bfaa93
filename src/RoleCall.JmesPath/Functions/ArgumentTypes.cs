namespace RoleCall.JmesPath.Functions;

/// <summary>The types a function parameter accepts (jmespath.py's signature strings); None accepts anything.</summary>
[Flags]
internal enum ArgumentTypes
{
    None = 0,
    Boolean = 1,
    Number = 2,
    String = 4,
    Array = 8,
    Object = 16,
    Expref = 32,

    /// <summary>`array-number`: an array whose elements are all numbers.</summary>
    ArrayOfNumbers = 64,

    /// <summary>`array-string`: an array whose elements are all strings.</summary>
    ArrayOfStrings = 128,
}
