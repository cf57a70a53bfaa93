using RoleCall.Iam.Tests.Support;

namespace RoleCall.Iam.Tests.Actions;

public sealed class RoleActionsTests : IDisposable
{
    private readonly IamHarness iam = new();

    public void Dispose() => iam.Dispose();

    private RoleCall.Protocol.Query.ResultStruct CreateRole(string name, params (string, string)[] extra) =>
        iam.Call("CreateRole", [("RoleName", name), ("AssumeRolePolicyDocument", Documents.TrustAccount), .. extra])!;

    [Fact]
    public void Should_create_a_role_in_AWS_shape()
    {
        var role = CreateRole("user-role", ("Path", "/app/"), ("Description", "for tests"), ("MaxSessionDuration", "7200")).Node("Role");

        Assert.Equal(["Path", "RoleName", "RoleId", "Arn", "CreateDate", "AssumeRolePolicyDocument", "Description", "MaxSessionDuration"], role.Names());
        Assert.Matches("^AROA[A-Z2-7]{17}$", role.Text("RoleId"));
        Assert.Equal("arn:aws:iam::123456789012:role/app/user-role", role.Text("Arn"));
        Assert.Equal(Documents.TrustAccount, Uri.UnescapeDataString(role.Text("AssumeRolePolicyDocument")));
        Assert.Equal("7200", role.Text("MaxSessionDuration"));
    }

    [Fact]
    public void Should_default_MaxSessionDuration_to_an_hour_and_show_RoleLastUsed_in_GetRole()
    {
        CreateRole("r");

        var role = iam.Call("GetRole", ("RoleName", "r"))!.Node("Role");

        Assert.Equal("3600", role.Text("MaxSessionDuration"));
        Assert.True(role.Has("RoleLastUsed"));
    }

    [Theory]
    [InlineData("100", "Member must have value greater than or equal to 3600")]
    [InlineData("43201", "Member must have value less than or equal to 43200")]
    public void Should_validate_MaxSessionDuration(string value, string constraint)
    {
        var error = Assert.Throws<RoleCall.Core.Errors.AwsServiceException>(() => CreateRole("r", ("MaxSessionDuration", value)));

        Assert.Equal($"1 validation error detected: Value '{value}' at 'maxSessionDuration' failed to satisfy constraint: {constraint}", error.Message);
    }

    [Fact]
    public void Should_refuse_a_trust_policy_with_a_Resource_or_without_a_Principal()
    {
        var withResource = iam.Fails("CreateRole", ("RoleName", "r"), ("AssumeRolePolicyDocument", Documents.TrustAccount.Replace("\"Action\"", "\"Resource\":\"*\",\"Action\"", StringComparison.Ordinal)));
        var noPrincipal = iam.Fails("CreateRole", ("RoleName", "r"), ("AssumeRolePolicyDocument", """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole"}]}"""));

        Assert.Equal(("MalformedPolicyDocument", "Has prohibited field Resource"), (withResource.Code, withResource.Message));
        Assert.Equal("MalformedPolicyDocument", noPrincipal.Code);
    }

    [Fact]
    public void Should_refuse_a_trust_policy_over_2048_characters()
    {
        var big = Documents.TrustAccount.Replace("sts:AssumeRole", "sts:AssumeRole" + new string('x', 2100), StringComparison.Ordinal);

        var error = iam.Fails("CreateRole", ("RoleName", "r"), ("AssumeRolePolicyDocument", big));

        Assert.Equal(("LimitExceeded", "Cannot exceed quota for ACLSizePerRole: 2048"), (error.Code, error.Message));
    }

    [Fact]
    public void Should_refuse_to_delete_a_role_with_attached_or_inline_policies()
    {
        CreateRole("r");
        iam.Call("AttachRolePolicy", ("RoleName", "r"), ("PolicyArn", "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"));

        var attached = iam.Fails("DeleteRole", ("RoleName", "r"));
        iam.Call("DetachRolePolicy", ("RoleName", "r"), ("PolicyArn", "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"));
        iam.Call("PutRolePolicy", ("RoleName", "r"), ("PolicyName", "inline"), ("PolicyDocument", Documents.S3Read));
        var inline = iam.Fails("DeleteRole", ("RoleName", "r"));
        iam.Call("DeleteRolePolicy", ("RoleName", "r"), ("PolicyName", "inline"));
        iam.Call("DeleteRole", ("RoleName", "r"));

        Assert.Equal(("DeleteConflict", 409, "Cannot delete entity, must detach all policies first."), (attached.Code, attached.HttpStatus, attached.Message));
        Assert.Equal("Cannot delete entity, must delete policies first.", inline.Message);
        Assert.Equal("The role with name r cannot be found.", iam.Fails("GetRole", ("RoleName", "r")).Message);
    }

    [Fact]
    public void Should_update_the_trust_policy_description_and_session_length()
    {
        CreateRole("r");
        // The user must exist: AWS refuses a trust policy naming a missing user of a known account (issue 16).
        iam.Call("CreateUser", ("UserName", "alice"));
        var trust = Documents.TrustAccount.Replace(":root", ":user/alice", StringComparison.Ordinal);

        iam.Call("UpdateAssumeRolePolicy", ("RoleName", "r"), ("PolicyDocument", trust));
        iam.Call("UpdateRole", ("RoleName", "r"), ("Description", "new"), ("MaxSessionDuration", "43200"));
        var role = iam.Call("GetRole", ("RoleName", "r"))!.Node("Role");

        Assert.Equal(trust, Uri.UnescapeDataString(role.Text("AssumeRolePolicyDocument")));
        Assert.Equal(("new", "43200"), (role.Text("Description"), role.Text("MaxSessionDuration")));
    }

    [Fact]
    public void Should_set_and_remove_a_permissions_boundary()
    {
        CreateRole("r", ("PermissionsBoundary", "arn:aws:iam::aws:policy/PowerUserAccess"));
        Assert.Equal("arn:aws:iam::aws:policy/PowerUserAccess", iam.Call("GetRole", ("RoleName", "r"))!.Text("Role", "PermissionsBoundary", "PermissionsBoundaryArn"));

        iam.Call("PutRolePermissionsBoundary", ("RoleName", "r"), ("PermissionsBoundary", "arn:aws:iam::aws:policy/ReadOnlyAccess"));
        Assert.Equal("1", iam.Call("GetPolicy", ("PolicyArn", "arn:aws:iam::aws:policy/ReadOnlyAccess"))!.Text("Policy", "PermissionsBoundaryUsageCount"));
        iam.Call("DeleteRolePermissionsBoundary", ("RoleName", "r"));

        Assert.False(iam.Call("GetRole", ("RoleName", "r"))!.Node("Role").Has("PermissionsBoundary"));
        Assert.Equal("NoSuchEntity", iam.Fails("PutRolePermissionsBoundary", ("RoleName", "r"), ("PermissionsBoundary", "arn:aws:iam::123456789012:policy/none")).Code);
    }

    [Fact]
    public void Should_page_through_many_roles_in_name_order()
    {
        for (var i = 0; i < 250; i++)
        {
            CreateRole($"role-{i:D3}");
        }

        var names = new List<string>();
        string? marker = null;
        do
        {
            var page = marker is null ? iam.Call("ListRoles")! : iam.Call("ListRoles", ("Marker", marker))!;
            names.AddRange(page.Members("Roles").Select(r => r.Text("RoleName")));
            marker = page.Has("Marker") ? page.Text("Marker") : null;
        }
        while (marker is not null);

        Assert.Equal(Enumerable.Range(0, 250).Select(i => $"role-{i:D3}"), names);
    }
}
