using System.Text.Json.Nodes;
using RoleCall.IdentityCenter.Admin;
using RoleCall.IdentityCenter.IdentityStore;
using RoleCall.IdentityCenter.Json;
using RoleCall.IdentityCenter.Oidc;
using RoleCall.IdentityCenter.Portal;
using RoleCall.IdentityCenter.Provisioning;
using RoleCall.IdentityCenter.Store;
using RoleCall.Iam;
using RoleCall.Iam.Access;
using RoleCall.Iam.Model;

namespace RoleCall.IdentityCenter;

/// <summary>
/// IAM Identity Center behind `rolecall serve`: the signed JSON APIs (identitystore, sso-admin), SSO OIDC,
/// the portal API and the users' sign-in. Every signed call is authorized by IAM's engine before it runs;
/// mutating calls run one at a time inside the store's write scope, so check-then-act sequences (uniqueness,
/// last assignment) cannot race, on this replica or on any other sharing the store.
/// </summary>
public sealed class IdentityCenterService
{
    private readonly Dictionary<string, Operation> operations = new(StringComparer.Ordinal);
    private readonly IAccessAuthorizer access;
    private readonly TimeProvider clock;
    private readonly IIdentityCenterStore store;

    public IdentityCenterService(IIdentityCenterStore store, IamService iam, TimeProvider clock, string managementAccountId)
    {
        ArgumentNullException.ThrowIfNull(iam);
        this.clock = clock;
        this.store = store;
        access = iam.Access;
        Instances = new InstanceDirectory(store, managementAccountId, clock);
        var provisioner = new RoleProvisioner(iam.ReservedRoles);
        Register(IdentityStoreOperations.TargetPrefix, new IdentityStoreOperations(store, Instances).All());
        Register(IdentityStoreOperations.TargetPrefix, [new Passwords.OneTimePasswords(store, Instances).Operation]);
        Register(SsoAdminOperations.TargetPrefix, new SsoAdminOperations(store, Instances, provisioner).All());
        Users = new Passwords.UserSignIn(store, Instances, new Iam.SignIn.SignInThrottle(iam.Runtime.Store, clock), clock);
        Oidc = new OidcService(store, Instances, clock);
        Portal = new PortalService(store, Instances, iam, clock);
    }

    public InstanceDirectory Instances { get; }

    public Passwords.UserSignIn Users { get; }

    public OidcService Oidc { get; }

    public PortalService Portal { get; }

    /// <summary>Runs `Prefix.Operation` (the X-Amz-Target) for an authenticated caller; returns the JSON answer.</summary>
    public JsonObject Execute(string target, Caller caller, RequestInfo info, JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var operation = operations.GetValueOrDefault(target) ?? throw IcErrors.UnknownOperation(target);
        var context = new OperationContext(caller, info, new JsonArgs(body ?? []), clock.GetUtcNow());
        var decision = access.Decide(new AccessRequest(caller, operation.Action, operation.Resource(context), info)
        {
            ResourceAccount = Instances.ManagementAccountId,
        });
        if (!decision.IsAllowed)
        {
            throw IcErrors.AccessDenied(decision.DeniedMessage);
        }

        try
        {
            if (IsRead(operation.Name))
            {
                return operation.Run(context);
            }

            using (store.EnterWriteScope())
            {
                return operation.Run(context);
            }
        }
        catch (InvalidOperationException)
        {
            // JsonNode's typed reads throw this for a member of the wrong JSON type: the caller's error.
            throw IcErrors.Validation("A member of the request has the wrong type.");
        }
    }

    private static bool IsRead(string name) =>
        name.StartsWith("List", StringComparison.Ordinal) || name.StartsWith("Describe", StringComparison.Ordinal) || name.StartsWith("Get", StringComparison.Ordinal);

    private void Register(string prefix, IEnumerable<Operation> list)
    {
        foreach (var operation in list)
        {
            operations.Add($"{prefix}.{operation.Name}", operation);
        }
    }
}
