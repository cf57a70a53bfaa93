using System.Text.Json.Nodes;
using RoleCall.IdentityCenter.Json;
using RoleCall.IdentityCenter.Model;
using RoleCall.IdentityCenter.Store;
using RoleCall.Iam.Catalog;

namespace RoleCall.IdentityCenter.Admin;

/// <summary>
/// Permission sets: create, describe, list, update, delete; their AWS managed policies and inline policy.
/// Changes reach provisioned roles only through ProvisionPermissionSet, as on AWS.
/// https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_CreatePermissionSet.html
/// </summary>
internal sealed class PermissionSetOperations(IIdentityCenterStore store, InstanceDirectory instances)
{
    public IEnumerable<Operation> All() =>
    [
        SsoAdminOperations.Op("CreatePermissionSet", Create),
        SsoAdminOperations.Op("DescribePermissionSet", c => new JsonObject { ["PermissionSet"] = PermissionSetShapes.PermissionSet(Find(c)) }),
        SsoAdminOperations.Op("ListPermissionSets", List),
        SsoAdminOperations.Op("UpdatePermissionSet", Update),
        SsoAdminOperations.Op("DeletePermissionSet", Delete),
        SsoAdminOperations.Op("AttachManagedPolicyToPermissionSet", Attach),
        SsoAdminOperations.Op("ListManagedPoliciesInPermissionSet", ListManaged),
        SsoAdminOperations.Op("DetachManagedPolicyFromPermissionSet", Detach),
        SsoAdminOperations.Op("PutInlinePolicyToPermissionSet", c => Change(c, s => s with { InlinePolicy = c.Args.Required("InlinePolicy") })),
        SsoAdminOperations.Op("GetInlinePolicyForPermissionSet", c => new JsonObject { ["InlinePolicy"] = Find(c).InlinePolicy ?? "" }),
        SsoAdminOperations.Op("DeleteInlinePolicyFromPermissionSet", c => Change(c, s => s with { InlinePolicy = null })),
    ];

    /// <summary>The permission set named by `PermissionSetArn` in the caller's instance.</summary>
    public PermissionSet Find(OperationContext c)
    {
        var instance = instances.RequireInstance(c.Caller.AccountId, c.Args.Required("InstanceArn"));
        var arn = c.Args.Required("PermissionSetArn");
        return store.Find<PermissionSet>(arn) is { } set && set.Scope == instance.InstanceArn
            ? set
            : throw IcErrors.NotFound($"Could not find PermissionSet with PermissionSetArn {arn}");
    }

    private JsonObject Create(OperationContext c)
    {
        var instance = instances.RequireInstance(c.Caller.AccountId, c.Args.Required("InstanceArn"));
        var name = c.Args.Required("Name");
        if (name.Length is 0 or > 32 || !name.All(ch => char.IsAsciiLetterOrDigit(ch) || "+=,.@-_".Contains(ch, StringComparison.Ordinal)))
        {
            throw IcErrors.Validation($"1 validation error detected: Value '{name}' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+");
        }

        var set = new PermissionSet(IcIds.PermissionSetArn(instance.InstanceArn), instance.InstanceArn, name, c.Now)
        {
            Description = c.Args.Optional("Description"),
            SessionDuration = PermissionSetShapes.Duration(c.Args.Optional("SessionDuration")),
            RelayState = c.Args.Optional("RelayState"),
        };
        if (!store.TryAdd(set))
        {
            throw IcErrors.Conflict($"PermissionSet with name {name} already exists.");
        }

        return new JsonObject { ["PermissionSet"] = PermissionSetShapes.PermissionSet(set) };
    }

    private JsonObject List(OperationContext c)
    {
        var instance = instances.RequireInstance(c.Caller.AccountId, c.Args.Required("InstanceArn"));
        var (page, next) = Paging.Take(store.List<PermissionSet>(instance.InstanceArn), s => s.Id, c.Args.Optional("NextToken"), c.Args.MaxResults());
        var response = new JsonObject { ["PermissionSets"] = new JsonArray([.. page.Select(s => (JsonNode)s.Arn)]) };
        Paging.AddToken(response, next);
        return response;
    }

    private JsonObject Update(OperationContext c) => Change(c, s => s with
    {
        Description = c.Args.Optional("Description") ?? s.Description,
        SessionDuration = c.Args.Optional("SessionDuration") is { } d ? PermissionSetShapes.Duration(d) : s.SessionDuration,
        RelayState = c.Args.Optional("RelayState") ?? s.RelayState,
    });

    private JsonObject Delete(OperationContext c)
    {
        var set = Find(c);
        if (store.List<AccountAssignment>(set.Scope).Any(a => a.PermissionSetArn == set.Arn))
        {
            throw IcErrors.Conflict("The permission set is assigned to accounts; delete its account assignments first.");
        }

        store.Remove<PermissionSet>(set.Id);
        return [];
    }

    private JsonObject Attach(OperationContext c)
    {
        var arn = c.Args.Required("ManagedPolicyArn");
        if (AwsManagedPolicyCatalog.Instance.Find(arn) is null)
        {
            throw IcErrors.Validation($"ManagedPolicy with arn {arn} does not exist.");
        }

        var set = Find(c);
        if (set.ManagedPolicyArns.Contains(arn))
        {
            throw IcErrors.Conflict($"Policy {arn} is already attached to the permission set.");
        }

        store.Save(set with { ManagedPolicyArns = [.. set.ManagedPolicyArns, arn] });
        return [];
    }

    private JsonObject ListManaged(OperationContext c)
    {
        var (page, next) = Paging.Take([.. Find(c).ManagedPolicyArns.Order(StringComparer.Ordinal)], a => a, c.Args.Optional("NextToken"), c.Args.MaxResults());
        var items = page.Select(a => (JsonNode)new JsonObject { ["Name"] = a[(a.LastIndexOf('/') + 1)..], ["Arn"] = a });
        var response = new JsonObject { ["AttachedManagedPolicies"] = new JsonArray([.. items]) };
        Paging.AddToken(response, next);
        return response;
    }

    private JsonObject Detach(OperationContext c)
    {
        var arn = c.Args.Required("ManagedPolicyArn");
        var set = Find(c);
        if (!set.ManagedPolicyArns.Contains(arn))
        {
            throw IcErrors.NotFound($"Policy {arn} is not attached to the permission set.");
        }

        store.Save(set with { ManagedPolicyArns = [.. set.ManagedPolicyArns.Where(a => a != arn)] });
        return [];
    }

    private JsonObject Change(OperationContext c, Func<PermissionSet, PermissionSet> change)
    {
        store.Save(change(Find(c)));
        return [];
    }
}
