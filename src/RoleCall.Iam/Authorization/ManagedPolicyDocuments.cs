using RoleCall.Iam.Handlers;

namespace RoleCall.Iam.Authorization;

/// <summary>The default-version document of a managed policy: AWS managed from the catalog, customer managed from the store.</summary>
internal static class ManagedPolicyDocuments
{
    public static string? Find(IamRuntime runtime, string policyArn)
    {
        var policy = policyArn.StartsWith("arn:aws:iam::aws:", StringComparison.Ordinal)
            ? runtime.ManagedCatalog.Find(policyArn)
            : runtime.Store.FindPolicy(policyArn);
        return policy?.DefaultVersion.Document;
    }
}
