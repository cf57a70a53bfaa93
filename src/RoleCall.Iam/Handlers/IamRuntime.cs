using RoleCall.Iam.Catalog;
using RoleCall.Iam.Policies;
using RoleCall.Iam.Store;

namespace RoleCall.Iam.Handlers;

/// <summary>The services every handler shares: the store, the one clock, the policy checker and the AWS managed catalog.</summary>
public sealed class IamRuntime(IIamStore store, TimeProvider clock, IPolicyDocumentChecker? policyChecker = null)
{
    public IIamStore Store { get; } = store;

    /// <summary>The service clock (`--dev-clock` may move it); everything time-dependent reads it.</summary>
    public TimeProvider Clock { get; } = clock;

    public IPolicyDocumentChecker PolicyChecker { get; } = policyChecker ?? PolicyCheckers.Default;

    public AwsManagedPolicyCatalog ManagedCatalog { get; } = AwsManagedPolicyCatalog.Instance;
}
