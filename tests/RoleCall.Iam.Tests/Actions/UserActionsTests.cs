using RoleCall.Iam.Tests.Support;

namespace RoleCall.Iam.Tests.Actions;

public sealed class UserActionsTests : IDisposable
{
    private readonly IamHarness iam = new();

    public void Dispose() => iam.Dispose();

    [Fact]
    public void Should_create_a_user_with_an_AIDA_id_and_an_arn_with_its_path()
    {
        var user = iam.Call("CreateUser", ("UserName", "alice"), ("Path", "/team/"))!.Node("User");

        Assert.Equal(["Path", "UserName", "UserId", "Arn", "CreateDate"], user.Names());
        Assert.Equal("arn:aws:iam::123456789012:user/team/alice", user.Text("Arn"));
        Assert.Matches("^AIDA[A-Z2-7]{17}$", user.Text("UserId"));
        Assert.Equal("2026-03-01T12:00:00Z", user.Text("CreateDate"));
    }

    [Fact]
    public void Should_refuse_a_duplicate_user_name_differing_only_in_case()
    {
        iam.Call("CreateUser", ("UserName", "Bob"));

        var error = iam.Fails("CreateUser", ("UserName", "bob"));

        Assert.Equal(("EntityAlreadyExists", 409, "User with name bob already exists."), (error.Code, error.HttpStatus, error.Message));
    }

    [Theory]
    [InlineData("bad name", "1 validation error detected: Value 'bad name' at 'userName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+")]
    [InlineData("", "1 validation error detected: Value '' at 'userName' failed to satisfy constraint: Member must have length greater than or equal to 1")]
    public void Should_validate_user_names_with_AWS_wording(string name, string message)
    {
        var error = iam.Fails("CreateUser", ("UserName", name));

        Assert.Equal(("ValidationError", 400, message), (error.Code, error.HttpStatus, error.Message));
    }

    [Fact]
    public void Should_refuse_names_longer_than_64_and_bad_paths()
    {
        Assert.Contains("Member must have length less than or equal to 64", iam.Fails("CreateUser", ("UserName", new string('a', 65))).Message);
        Assert.Contains("at 'path'", iam.Fails("CreateUser", ("UserName", "a"), ("Path", "no-slash")).Message);
    }

    [Fact]
    public void Should_say_which_parameter_is_missing()
    {
        var error = iam.Fails("CreateUser");

        Assert.Equal("1 validation error detected: Value null at 'userName' failed to satisfy constraint: Member must not be null", error.Message);
    }

    [Fact]
    public void Should_answer_NoSuchEntity_for_a_missing_user()
    {
        var error = iam.Fails("GetUser", ("UserName", "ghost"));

        Assert.Equal(("NoSuchEntity", 404, "The user with name ghost cannot be found."), (error.Code, error.HttpStatus, error.Message));
    }

    [Fact]
    public void Should_return_tags_and_boundary_from_GetUser_but_not_from_ListUsers()
    {
        iam.Call("CreateUser", ("UserName", "t"), ("Tags.member.1.Key", "team"), ("Tags.member.1.Value", "blue"),
            ("PermissionsBoundary", "arn:aws:iam::aws:policy/PowerUserAccess"));

        var user = iam.Call("GetUser", ("UserName", "t"))!.Node("User");
        var listed = iam.Call("ListUsers")!.Members("Users").Single();

        Assert.Equal("blue", user.Members("Tags")[0].Text("Value"));
        Assert.Equal("arn:aws:iam::aws:policy/PowerUserAccess", user.Text("PermissionsBoundary", "PermissionsBoundaryArn"));
        Assert.False(listed.Has("Tags"));
    }

    [Fact]
    public void Should_get_the_calling_user_or_root_without_a_name()
    {
        var carol = iam.UserCaller("carol", Documents.OwnUserAndKeys);

        Assert.Equal("carol", iam.CallAs(carol, "GetUser")!.Text("User", "UserName"));
        Assert.Equal("arn:aws:iam::123456789012:root", iam.Call("GetUser")!.Text("User", "Arn"));
        Assert.Equal(IamHarness.Account, iam.Call("GetUser")!.Text("User", "UserId"));
    }

    [Fact]
    public void Should_rename_a_user_and_keep_its_keys_and_groups()
    {
        var caller = iam.UserCaller("old");
        iam.Call("CreateGroup", ("GroupName", "devs"));
        iam.Call("AddUserToGroup", ("GroupName", "devs"), ("UserName", "old"));

        iam.Call("UpdateUser", ("UserName", "old"), ("NewUserName", "new"), ("NewPath", "/moved/"));

        Assert.Equal("arn:aws:iam::123456789012:user/moved/new", iam.Service.FindSigningKey(caller.AccessKeyId)!.Caller.Arn);
        Assert.Equal("new", iam.Call("GetGroup", ("GroupName", "devs"))!.Members("Users").Single().Text("UserName"));
        Assert.Equal("NoSuchEntity", iam.Fails("GetUser", ("UserName", "old")).Code);
    }

    [Fact]
    public void Should_refuse_to_delete_a_user_that_still_has_access_keys()
    {
        iam.UserCaller("dave");

        var error = iam.Fails("DeleteUser", ("UserName", "dave"));

        Assert.Equal(("DeleteConflict", 409, "Cannot delete entity, must delete access keys first."), (error.Code, error.HttpStatus, error.Message));
    }

    [Fact]
    public void Should_page_users_with_marker_and_max_items()
    {
        foreach (var name in new[] { "u1", "u2", "u3", "u4", "u5" })
        {
            iam.Call("CreateUser", ("UserName", name));
        }

        var first = iam.Call("ListUsers", ("MaxItems", "2"))!;
        var second = iam.Call("ListUsers", ("MaxItems", "2"), ("Marker", first.Text("Marker")))!;
        var last = iam.Call("ListUsers", ("MaxItems", "2"), ("Marker", second.Text("Marker")))!;

        Assert.Equal(["u1", "u2"], first.Members("Users").Select(u => u.Text("UserName")));
        Assert.Equal("true", first.Text("IsTruncated"));
        Assert.Equal(["u3", "u4"], second.Members("Users").Select(u => u.Text("UserName")));
        Assert.Equal(["u5"], last.Members("Users").Select(u => u.Text("UserName")));
        Assert.Equal("false", last.Text("IsTruncated"));
        Assert.False(last.Has("Marker"));
    }

    [Fact]
    public void Should_filter_users_by_path_prefix_and_bound_max_items()
    {
        iam.Call("CreateUser", ("UserName", "a"), ("Path", "/ops/"));
        iam.Call("CreateUser", ("UserName", "b"));

        Assert.Equal(["a"], iam.Call("ListUsers", ("PathPrefix", "/ops"))!.Members("Users").Select(u => u.Text("UserName")));
        Assert.Contains("Member must have value less than or equal to 1000", iam.Fails("ListUsers", ("MaxItems", "1001")).Message);
    }

    [Fact]
    public void Should_tag_untag_and_list_user_tags()
    {
        iam.Call("CreateUser", ("UserName", "tagged"));
        iam.Call("TagUser", ("UserName", "tagged"), ("Tags.member.1.Key", "a"), ("Tags.member.1.Value", "1"), ("Tags.member.2.Key", "b"), ("Tags.member.2.Value", "2"));
        iam.Call("UntagUser", ("UserName", "tagged"), ("TagKeys.member.1", "a"));

        var tags = iam.Call("ListUserTags", ("UserName", "tagged"))!.Members("Tags");

        Assert.Equal(["b"], tags.Select(t => t.Text("Key")));
    }

    [Fact]
    public void Should_ask_a_role_session_to_name_the_user()
    {
        // The hand-built session has no role to read policies from: this test is about the handler, not authorization.
        using var iam = new IamHarness(new PermitEverythingAuthorizer());
        var session = iam.Root with { Kind = RoleCall.Iam.Model.PrincipalKind.AssumedRole, Arn = "arn:aws:sts::123456789012:assumed-role/r/s", UserId = "AROAEXAMPLE:s" };

        var error = Assert.Throws<RoleCall.Core.Errors.AwsServiceException>(() => iam.CallAs(session, "GetUser"));

        Assert.Equal(("ValidationError", "Must specify userName when calling with non-User credentials"), (error.Code, error.Message));
    }
}
