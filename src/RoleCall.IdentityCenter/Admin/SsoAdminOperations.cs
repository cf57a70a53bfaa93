using System.Text.Json.Nodes;
using RoleCall.IdentityCenter.Model;
using RoleCall.IdentityCenter.Provisioning;
using RoleCall.IdentityCenter.Store;

namespace RoleCall.IdentityCenter.Admin;

/// <summary>
/// `sso-admin` (JSON 1.1, target prefix SWBExternalService, signing name `sso`): the instance, permission
/// sets, assignments, provisioning. Authorized as `sso:&lt;Operation&gt;` on the instance or permission set.
/// </summary>
public sealed class SsoAdminOperations(IIdentityCenterStore store, InstanceDirectory instances, RoleProvisioner provisioner)
{
    public const string TargetPrefix = "SWBExternalService";

    public IEnumerable<Operation> All()
    {
        var sets = new PermissionSetOperations(store, instances);
        yield return Op("ListInstances", ListInstances);
        foreach (var operation in sets.All())
        {
            yield return operation;
        }

        foreach (var operation in new AssignmentOperations(store, instances, sets, provisioner).All())
        {
            yield return operation;
        }

        foreach (var operation in new MfaSettingsOperations(store, instances).All())
        {
            yield return operation;
        }
    }

    /// <summary>The permission set's ARN when the request names one, else the instance's (Service Authorization Reference).</summary>
    internal static string Resource(OperationContext c) =>
        c.Args.Optional("PermissionSetArn") ?? c.Args.Optional("InstanceArn") ?? "*";

    internal static Operation Op(string name, Func<OperationContext, JsonObject> run) => new(name, "sso:" + name, Resource, run);

    private JsonObject ListInstances(OperationContext c)
    {
        var instances1 = new JsonArray();
        if (instances.For(c.Caller.AccountId) is IcInstance instance)
        {
            instances1.Add(new JsonObject
            {
                ["InstanceArn"] = instance.InstanceArn,
                ["IdentityStoreId"] = instance.IdentityStoreId,
                ["OwnerAccountId"] = instance.OwnerAccountId,
                ["CreatedDate"] = PermissionSetShapes.Epoch(instance.CreatedDate),
                ["Status"] = "ACTIVE",
            });
        }

        return new JsonObject { ["Instances"] = instances1 };
    }
}
