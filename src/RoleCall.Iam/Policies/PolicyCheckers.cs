namespace RoleCall.Iam.Policies;

/// <summary>The policy document checker the service uses unless told otherwise.</summary>
public static class PolicyCheckers
{
    // The policy engine's parser; BasicPolicyDocumentChecker (JSON + basic grammar) stood in until it landed.
    public static IPolicyDocumentChecker Default { get; } = new ParserPolicyDocumentChecker();
}
