using System.Text.Json.Nodes;
using RoleCall.IdentityCenter.Store;

namespace RoleCall.IdentityCenter.Admin;

/// <summary>
/// RoleCall's own sso-admin operations for the instance's MFA setting, which AWS offers only in its console
/// ("Prompt users for MFA ... require them to register an MFA device at sign in"): `UpdateMfaSettings`
/// {InstanceArn, MfaRequired} and `DescribeMfaSettings` {InstanceArn}. Authorized like any other call, as
/// `sso:UpdateMfaSettings` / `sso:DescribeMfaSettings` on the instance. A required MFA makes every user
/// without a device register one at their next portal or device-page sign-in.
/// </summary>
internal sealed class MfaSettingsOperations(IIdentityCenterStore store, InstanceDirectory instances)
{
    public IEnumerable<Operation> All() =>
    [
        SsoAdminOperations.Op("UpdateMfaSettings", Update),
        SsoAdminOperations.Op("DescribeMfaSettings", Describe),
    ];

    private JsonObject Update(OperationContext c)
    {
        var instance = instances.RequireInstance(c.Caller.AccountId, c.Args.Required("InstanceArn"));
        var required = c.Args.Body["MfaRequired"] is JsonValue v && v.TryGetValue<bool>(out var flag)
            ? flag
            : throw IcErrors.Validation("MfaRequired must be true or false.");
        store.Save(instance with { MfaRequired = required });
        return new JsonObject { ["MfaRequired"] = required };
    }

    private JsonObject Describe(OperationContext c) =>
        new() { ["MfaRequired"] = instances.RequireInstance(c.Caller.AccountId, c.Args.Required("InstanceArn")).MfaRequired };
}
