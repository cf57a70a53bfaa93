namespace RoleCall.Policy.Model;

/// <summary>
/// The patterns of an Action/NotAction or Resource/NotResource element. <see cref="Negated"/> is set for the
/// Not* form: the element then matches when none of the patterns does.
/// </summary>
internal sealed class MatchList(Pattern[] patterns, bool negated, bool ignoreCase)
{
    public Pattern[] Patterns { get; } = patterns;

    public bool Negated { get; } = negated;

    /// <summary>Actions compare case-insensitively; resources (ARNs) case-sensitively.</summary>
    public bool IgnoreCase { get; } = ignoreCase;

    public IEnumerable<string> VariableKeys => Patterns.SelectMany(p => p.VariableKeys);
}
