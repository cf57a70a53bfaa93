using RoleCall.Core.Identity;
using RoleCall.Iam.Authorization;
using RoleCall.Iam.Handlers;
using RoleCall.Policy.Parsing;

namespace RoleCall.Iam.Sts.Sessions;

/// <summary>
/// The session policies of AssumeRole and GetFederationToken: the inline `Policy` (validated as a session
/// policy: MalformedPolicyDocument in IAM's words) and the managed `PolicyArns`, resolved to their
/// documents at issue time. Null when neither was given (a role session then keeps the role's permissions).
/// A managed policy must be AWS's own or in <c>account</c> (the role's account for AssumeRole, the caller's for
/// GetFederationToken): another account's ARN gets the same answer as a missing one, without a lookup, so its
/// names cannot be probed (issue 17).
/// </summary>
internal static class SessionPolicyInput
{
    public static List<string>? Resolve(IamRuntime runtime, string account, string? policy, IReadOnlyList<string> policyArns)
    {
        if (policy is null && policyArns.Count == 0)
        {
            return null;
        }

        var documents = new List<string>(policyArns.Count + 1);
        if (policy is not null)
        {
            PolicyEngine.Parse(policy, PolicyKind.Session).GetPolicyOrThrow();
            documents.Add(policy);
        }

        foreach (var arn in policyArns)
        {
            if (!Arn.TryParse(arn, out var parsed) || parsed.Value.Service != "iam" || parsed.Value.ResourceType != "policy")
            {
                throw StsErrors.InvalidPolicyArn(arn);
            }

            if (parsed.Value.Account != "aws" && parsed.Value.Account != account)
            {
                throw StsErrors.PolicyNotAttachable(arn);
            }

            documents.Add(ManagedPolicyDocuments.Find(runtime, arn) ?? throw StsErrors.PolicyNotAttachable(arn));
        }

        return documents;
    }
}
