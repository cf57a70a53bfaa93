using System.Text.Json.Nodes;
using RoleCall.Iam;
using RoleCall.Server;

namespace RoleCall.EndToEnd.Tests.IdentityCenter;

/// <summary>
/// The administrator's part, as the management account's root through the service (what `aws sso-admin` and
/// `aws identitystore` send, without the wire): user `alice` with a one-time password, permission set
/// `S3Reader` (S3 read-only, PT2H) assigned to her in the target account.
/// </summary>
internal static class InProcessSetup
{
    public const string PermissionSet = "S3Reader";

    /// <summary>Returns alice's one-time password.</summary>
    public static string Run(LocalServer server, string targetAccount)
    {
        ArgumentNullException.ThrowIfNull(server);
        var caller = server.Iam.FindSigningKey(server.Root.AccessKeyId)!.Caller;
        JsonObject Call(string target, JsonObject body) =>
            server.IdentityCenter.Execute(target, caller, new RequestInfo("127.0.0.1", false, "us-east-1", "setup"), body);

        var instance = Call("SWBExternalService.ListInstances", [])["Instances"]![0]!;
        var (instanceArn, storeId) = (instance["InstanceArn"]!.GetValue<string>(), instance["IdentityStoreId"]!.GetValue<string>());
        var userId = Call("AWSIdentityStore.CreateUser", new JsonObject { ["IdentityStoreId"] = storeId, ["UserName"] = "alice", ["DisplayName"] = "Alice" })["UserId"]!.GetValue<string>();
        var setArn = Call("SWBExternalService.CreatePermissionSet", new JsonObject { ["InstanceArn"] = instanceArn, ["Name"] = PermissionSet, ["SessionDuration"] = "PT2H" })
            ["PermissionSet"]!["PermissionSetArn"]!.GetValue<string>();
        Call("SWBExternalService.AttachManagedPolicyToPermissionSet", new JsonObject
        {
            ["InstanceArn"] = instanceArn, ["PermissionSetArn"] = setArn, ["ManagedPolicyArn"] = "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess",
        });
        Call("SWBExternalService.CreateAccountAssignment", new JsonObject
        {
            ["InstanceArn"] = instanceArn, ["TargetId"] = targetAccount, ["TargetType"] = "AWS_ACCOUNT",
            ["PermissionSetArn"] = setArn, ["PrincipalType"] = "USER", ["PrincipalId"] = userId,
        });
        return Call("AWSIdentityStore.CreateOneTimePassword", new JsonObject { ["IdentityStoreId"] = storeId, ["UserId"] = userId })["OneTimePassword"]!.GetValue<string>();
    }
}
