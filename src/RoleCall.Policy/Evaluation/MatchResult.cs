namespace RoleCall.Policy.Evaluation;

/// <summary>
/// The three-and-a-half outcomes of matching one element: a policy variable the request cannot supply
/// (Unresolved) makes the statement not apply; a request value the operator cannot read is an Error.
/// </summary>
internal enum MatchResult : byte
{
    NoMatch,
    Match,
    Unresolved,
    Error,
}
