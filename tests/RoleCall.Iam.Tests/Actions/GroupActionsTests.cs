using RoleCall.Iam.Tests.Support;

namespace RoleCall.Iam.Tests.Actions;

public sealed class GroupActionsTests : IDisposable
{
    private readonly IamHarness iam = new();

    public void Dispose() => iam.Dispose();

    [Fact]
    public void Should_create_a_group_with_an_AGPA_id()
    {
        var group = iam.Call("CreateGroup", ("GroupName", "admins"), ("Path", "/ops/"))!.Node("Group");

        Assert.Equal(["Path", "GroupName", "GroupId", "Arn", "CreateDate"], group.Names());
        Assert.Matches("^AGPA[A-Z2-7]{17}$", group.Text("GroupId"));
        Assert.Equal("arn:aws:iam::123456789012:group/ops/admins", group.Text("Arn"));
    }

    [Fact]
    public void Should_add_list_and_remove_members()
    {
        iam.Call("CreateGroup", ("GroupName", "g"));
        iam.Call("CreateGroup", ("GroupName", "h"));
        iam.Call("CreateUser", ("UserName", "u"));
        iam.Call("AddUserToGroup", ("GroupName", "g"), ("UserName", "u"));
        iam.Call("AddUserToGroup", ("GroupName", "h"), ("UserName", "u"));

        var members = iam.Call("GetGroup", ("GroupName", "g"))!;
        var groups = iam.Call("ListGroupsForUser", ("UserName", "u"))!.Members("Groups");
        iam.Call("RemoveUserFromGroup", ("GroupName", "g"), ("UserName", "u"));

        Assert.Equal(["Group", "Users", "IsTruncated"], members.Names());
        Assert.Equal(["u"], members.Members("Users").Select(m => m.Text("UserName")));
        Assert.Equal(["g", "h"], groups.Select(g => g.Text("GroupName")));
        Assert.Empty(iam.Call("GetGroup", ("GroupName", "g"))!.Members("Users"));
    }

    [Fact]
    public void Should_refuse_to_delete_a_group_with_members_or_a_user_in_a_group()
    {
        iam.Call("CreateGroup", ("GroupName", "g"));
        iam.Call("CreateUser", ("UserName", "u"));
        iam.Call("AddUserToGroup", ("GroupName", "g"), ("UserName", "u"));

        Assert.Equal("DeleteConflict", iam.Fails("DeleteGroup", ("GroupName", "g")).Code);
        Assert.Equal("DeleteConflict", iam.Fails("DeleteUser", ("UserName", "u")).Code);
        iam.Call("RemoveUserFromGroup", ("GroupName", "g"), ("UserName", "u"));
        iam.Call("DeleteGroup", ("GroupName", "g"));
        iam.Call("DeleteUser", ("UserName", "u"));
        Assert.Empty(iam.Call("ListGroups")!.Members("Groups"));
    }

    [Fact]
    public void Should_allow_group_names_up_to_128_characters()
    {
        iam.Call("CreateGroup", ("GroupName", new string('g', 128)));

        Assert.Equal("ValidationError", iam.Fails("CreateGroup", ("GroupName", new string('g', 129))).Code);
    }
}
