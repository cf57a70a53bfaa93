using System.Text.Json.Nodes;
using RoleCall.Iam;

namespace RoleCall.Web.Tests.Support;

/// <summary>
/// The tutorial's Identity Center on top of <see cref="ConsoleWorld"/>: the management account's administrator
/// (root of 123456789012, through the service as a signed call would) creates an identity-store user with a
/// one-time password and a permission set assigned to them in prod (210987654321); prod has a further role
/// (`deployer`) that the permission set may assume, as in the tutorial's `source_profile` step.
/// </summary>
public sealed class PortalWorld
{
    public const string PermissionSet = "DevOps";
    public const string TargetRole = "deployer";

    /// <summary>The permission set's policy: list buckets and assume prod's roles.</summary>
    public const string SetPolicy = """{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["s3:ListAllMyBuckets", "sts:AssumeRole"], "Resource": "*"}]}""";

    private readonly ConsoleWorld world;

    public PortalWorld(ConsoleWorld world, string userName = "alice")
    {
        this.world = world;
        var instance = Call("SWBExternalService.ListInstances", new JsonObject())["Instances"]![0]!;
        var instanceArn = Instance = instance["InstanceArn"]!.GetValue<string>();
        var storeId = instance["IdentityStoreId"]!.GetValue<string>();
        StoreUserId = Call("AWSIdentityStore.CreateUser", new JsonObject { ["IdentityStoreId"] = storeId, ["UserName"] = userName, ["DisplayName"] = "Alice Doe" })["UserId"]!.GetValue<string>();
        var setArn = Call("SWBExternalService.CreatePermissionSet", new JsonObject { ["InstanceArn"] = instanceArn, ["Name"] = PermissionSet, ["SessionDuration"] = "PT2H" })
            ["PermissionSet"]!["PermissionSetArn"]!.GetValue<string>();
        Call("SWBExternalService.PutInlinePolicyToPermissionSet", new JsonObject { ["InstanceArn"] = instanceArn, ["PermissionSetArn"] = setArn, ["InlinePolicy"] = SetPolicy });
        Call("SWBExternalService.CreateAccountAssignment", new JsonObject
        {
            ["InstanceArn"] = instanceArn, ["TargetId"] = ConsoleWorld.ProdAccount, ["TargetType"] = "AWS_ACCOUNT",
            ["PermissionSetArn"] = setArn, ["PrincipalType"] = "USER", ["PrincipalId"] = StoreUserId,
        });
        FirstPassword = Call("AWSIdentityStore.CreateOneTimePassword", new JsonObject { ["IdentityStoreId"] = storeId, ["UserId"] = StoreUserId })["OneTimePassword"]!.GetValue<string>();
        var trust = $$"""{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::{{ConsoleWorld.ProdAccount}}:root"}, "Action": "sts:AssumeRole"}]}""";
        world.Call(ConsoleWorld.ProdAccount, "CreateRole", ("RoleName", TargetRole), ("AssumeRolePolicyDocument", trust));
    }

    public string StoreUserId { get; }

    public string Instance { get; }

    /// <summary>The administrator's one-time password for the user, changed at first sign-in.</summary>
    public string FirstPassword { get; }

    /// <summary>The profile name Option 2 gives the pasted credentials.</summary>
    public static string ProfileName => $"{ConsoleWorld.ProdAccount}_{PermissionSet}";

    /// <summary>An identitystore or sso-admin call (`SWBExternalService.UpdateMfaSettings`) as the management account's root.</summary>
    public JsonObject Call(string target, JsonObject body) =>
        world.Server.IdentityCenter.Execute(target, world.RootCaller(ConsoleWorld.UsersAccount), new RequestInfo("127.0.0.1", false, "us-east-1", "setup"), body);
}
