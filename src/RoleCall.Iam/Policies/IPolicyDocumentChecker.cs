namespace RoleCall.Iam.Policies;

/// <summary>
/// Validates a policy document before IAM stores it; throws MalformedPolicyDocument with IAM's message.
/// The seam that lets the policy engine's parser (RoleCall.Policy) replace the basic check in one line
/// (<see cref="PolicyCheckers.Default"/>).
/// </summary>
public interface IPolicyDocumentChecker
{
    void Check(string document, PolicyDocumentKind kind);
}
