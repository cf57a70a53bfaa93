namespace RoleCall.Policy.Model;

/// <summary>One piece of a pattern: literal text, a wildcard, or a policy variable with its optional default.</summary>
internal readonly record struct PatternToken(PatternTokenKind Kind, string Text, string? Default = null);
