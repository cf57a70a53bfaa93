namespace RoleCall.Policy.Model;

/// <summary>The pieces a compiled pattern is made of.</summary>
internal enum PatternTokenKind : byte
{
    /// <summary>Text matched character by character.</summary>
    Literal,

    /// <summary>`*`: any run of characters, including none.</summary>
    AnyRun,

    /// <summary>`?`: exactly one character.</summary>
    AnyChar,

    /// <summary>`${key}` or `${key, 'default'}`: the request's single value for the key, matched literally.</summary>
    Variable,
}
