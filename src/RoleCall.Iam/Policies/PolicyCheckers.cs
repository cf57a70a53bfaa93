namespace RoleCall.Iam.Policies;

/// <summary>The policy document checker the service uses unless told otherwise.</summary>
public static class PolicyCheckers
{
    // Until RoleCall.Policy's parser lands this is the JSON + basic grammar check; switching is this line.
    public static IPolicyDocumentChecker Default { get; } = new BasicPolicyDocumentChecker();
}
