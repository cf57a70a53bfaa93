using RoleCall.Policy.Parsing;

namespace RoleCall.Iam.Policies;

/// <summary>
/// Validates documents with the policy engine's parser (RoleCall.Policy), the same one that compiles them
/// for evaluation, so IAM never stores a document the authorizer could not read. Sizes are IAM's business
/// (per action and aggregate), so they are checked by the handlers, not here.
/// </summary>
internal sealed class ParserPolicyDocumentChecker : IPolicyDocumentChecker
{
    public void Check(string document, PolicyDocumentKind kind) =>
        PolicyParser.Parse(document, kind == PolicyDocumentKind.Trust ? PolicyKind.Trust : PolicyKind.Identity, managed: kind == PolicyDocumentKind.Managed).GetPolicyOrThrow();
}
