using System.Text.Json.Nodes;
using RoleCall.IdentityCenter.Json;
using RoleCall.IdentityCenter.Model;
using RoleCall.IdentityCenter.Provisioning;
using RoleCall.IdentityCenter.Store;

namespace RoleCall.IdentityCenter.Admin;

/// <summary>
/// Account assignments and provisioning. Creating an assignment provisions the permission set's role in the
/// account; deleting the last assignment of a set in an account removes the role. The work is done at
/// once; the status records answer IN_PROGRESS on creation and SUCCEEDED when described, as clients poll.
/// </summary>
internal sealed class AssignmentOperations(IIdentityCenterStore store, InstanceDirectory instances, PermissionSetOperations sets, RoleProvisioner provisioner)
{
    public IEnumerable<Operation> All() =>
    [
        SsoAdminOperations.Op("CreateAccountAssignment", c => Assign(c, create: true)),
        SsoAdminOperations.Op("DeleteAccountAssignment", c => Assign(c, create: false)),
        SsoAdminOperations.Op("DescribeAccountAssignmentCreationStatus", c => Status(c, "AccountAssignmentCreationRequestId", "AccountAssignmentCreationStatus")),
        SsoAdminOperations.Op("DescribeAccountAssignmentDeletionStatus", c => Status(c, "AccountAssignmentDeletionRequestId", "AccountAssignmentDeletionStatus")),
        SsoAdminOperations.Op("ListAccountAssignments", List),
        SsoAdminOperations.Op("ProvisionPermissionSet", Provision),
    ];

    private JsonObject Assign(OperationContext c, bool create)
    {
        var set = sets.Find(c);
        var instance = instances.Instance;
        var accountId = c.Args.Required("TargetId");
        if (c.Args.Required("TargetType") != "AWS_ACCOUNT")
        {
            throw IcErrors.Validation("TargetType must be AWS_ACCOUNT.");
        }

        var principalType = c.Args.Required("PrincipalType");
        var principalId = c.Args.Required("PrincipalId");
        RequirePrincipal(instance.IdentityStoreId, principalType, principalId);
        var key = AccountAssignment.Key(accountId, set.Arn, principalType, principalId);
        var assignment = new AccountAssignment(IcIds.RequestId(), instance.InstanceArn, accountId, set.Arn, principalType, principalId);
        if (create)
        {
            provisioner.Provision(instance, set, accountId);
            store.TryAdd(assignment); // an existing identical assignment is kept: the call is idempotent
        }
        else
        {
            assignment = store.FindByName<AccountAssignment>(instance.InstanceArn, key) ?? throw IcErrors.NotFound("The account assignment does not exist.");
            store.Remove<AccountAssignment>(assignment.Id);
            if (!store.List<AccountAssignment>(instance.InstanceArn).Any(a => a.AccountId == accountId && a.PermissionSetArn == set.Arn))
            {
                provisioner.Deprovision(set, accountId);
            }
        }

        var status = new AssignmentStatus(IcIds.RequestId(), instance.InstanceArn, create ? "create" : "delete", assignment, c.Now, "SUCCEEDED", null);
        store.TryAdd(status);
        var member = create ? "AccountAssignmentCreationStatus" : "AccountAssignmentDeletionStatus";
        return new JsonObject { [member] = StatusJson(status, "IN_PROGRESS") };
    }

    private JsonObject Status(OperationContext c, string idMember, string member)
    {
        instances.RequireInstance(c.Caller.AccountId, c.Args.Required("InstanceArn"));
        var id = c.Args.Required(idMember);
        var status = store.Find<AssignmentStatus>(id) ?? throw IcErrors.NotFound($"Request {id} does not exist.");
        return new JsonObject { [member] = StatusJson(status, status.Status) };
    }

    private JsonObject List(OperationContext c)
    {
        var set = sets.Find(c);
        var accountId = c.Args.Required("AccountId");
        var all = store.List<AccountAssignment>(set.Scope).Where(a => a.AccountId == accountId && a.PermissionSetArn == set.Arn).ToList();
        var (page, next) = Paging.Take(all, a => a.Id, c.Args.Optional("NextToken"), c.Args.MaxResults());
        var items = page.Select(a => (JsonNode)new JsonObject
        {
            ["AccountId"] = a.AccountId, ["PermissionSetArn"] = a.PermissionSetArn, ["PrincipalType"] = a.PrincipalType, ["PrincipalId"] = a.PrincipalId,
        });
        var response = new JsonObject { ["AccountAssignments"] = new JsonArray([.. items]) };
        Paging.AddToken(response, next);
        return response;
    }

    private JsonObject Provision(OperationContext c)
    {
        var set = sets.Find(c);
        var instance = instances.Instance;
        var targetType = c.Args.Required("TargetType");
        var accounts = targetType switch
        {
            "AWS_ACCOUNT" => [c.Args.Required("TargetId")],
            "ALL_PROVISIONED_ACCOUNTS" => store.List<AccountAssignment>(instance.InstanceArn).Where(a => a.PermissionSetArn == set.Arn).Select(a => a.AccountId).Distinct().ToList(),
            _ => throw IcErrors.Validation("TargetType must be AWS_ACCOUNT or ALL_PROVISIONED_ACCOUNTS."),
        };
        foreach (var account in accounts)
        {
            provisioner.Provision(instance, set, account);
        }

        var status = new JsonObject { ["Status"] = "SUCCEEDED", ["RequestId"] = IcIds.RequestId(), ["PermissionSetArn"] = set.Arn, ["CreatedDate"] = PermissionSetShapes.Epoch(c.Now) };
        if (targetType == "AWS_ACCOUNT")
        {
            status["AccountId"] = accounts[0];
        }

        return new JsonObject { ["PermissionSetProvisioningStatus"] = status };
    }

    private void RequirePrincipal(string identityStoreId, string type, string id)
    {
        var exists = type switch
        {
            "USER" => store.Find<StoreUser>(id)?.Scope == identityStoreId,
            "GROUP" => store.Find<StoreGroup>(id)?.Scope == identityStoreId,
            _ => throw IcErrors.Validation("PrincipalType must be USER or GROUP."),
        };
        if (!exists)
        {
            throw IcErrors.Validation($"{type} {id} does not exist in the identity store.");
        }
    }

    private static JsonObject StatusJson(AssignmentStatus status, string state) => new()
    {
        ["Status"] = state,
        ["RequestId"] = status.Id,
        ["TargetId"] = status.Assignment.AccountId,
        ["TargetType"] = "AWS_ACCOUNT",
        ["PermissionSetArn"] = status.Assignment.PermissionSetArn,
        ["PrincipalType"] = status.Assignment.PrincipalType,
        ["PrincipalId"] = status.Assignment.PrincipalId,
        ["CreatedDate"] = PermissionSetShapes.Epoch(status.CreatedDate),
    };
}
