using RoleCall.Iam.Tests.Support;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Tests.Actions;

/// <summary>
/// ListRoles serves cached pages, member subtrees and rendered member XML; every mutation of a role must show
/// in the next listing, byte for byte as a rendering from scratch (an unmarked copy of the tree) shows it.
/// </summary>
public sealed class ListedRoleCacheTests : IDisposable
{
    private const string Boundary = "arn:aws:iam::aws:policy/PowerUserAccess";
    private static readonly string OtherTrust = Documents.TrustAccount.Replace(":root", ":user/alice", StringComparison.Ordinal);

    private readonly IamHarness iam = new();

    public ListedRoleCacheTests()
    {
        // OtherTrust names alice, who must exist (issue 16: missing principals are refused).
        iam.Call("CreateUser", ("UserName", "alice"));
        iam.Call("CreateRole", ("RoleName", "a-first"), ("AssumeRolePolicyDocument", Documents.TrustAccount));
        iam.Call("CreateRole", ("RoleName", "app"), ("AssumeRolePolicyDocument", Documents.TrustAccount), ("Description", "before"));
        iam.Call("CreateRole", ("RoleName", "z-last"), ("AssumeRolePolicyDocument", Documents.TrustAccount));
    }

    public void Dispose() => iam.Dispose();

    /// <summary>Each mutation, and what the listing must show after it (null: a change ListRoles does not show).</summary>
    public static TheoryData<string, (string Name, string Value)[], string?> Mutations => new()
    {
        { "UpdateRole", [("RoleName", "app"), ("Description", "after")], "<Description>after</Description>" },
        { "UpdateRole", [("RoleName", "app"), ("MaxSessionDuration", "7200")], "<MaxSessionDuration>7200</MaxSessionDuration>" },
        { "UpdateRoleDescription", [("RoleName", "app"), ("Description", "described")], "<Description>described</Description>" },
        { "UpdateAssumeRolePolicy", [("RoleName", "app"), ("PolicyDocument", OtherTrust)], Uri.EscapeDataString(OtherTrust) },
        { "TagRole", [("RoleName", "app"), ("Tags.member.1.Key", "team"), ("Tags.member.1.Value", "infra")], null },
        { "PutRolePermissionsBoundary", [("RoleName", "app"), ("PermissionsBoundary", Boundary)], null },
        { "DeleteRole", [("RoleName", "app")], null },
    };

    [Theory]
    [MemberData(nameof(Mutations))]
    public void Should_list_a_role_as_it_is_after_every_mutation(string action, (string Name, string Value)[] parameters, string? shown)
    {
        var before = ListRolesXml(out var membersBefore);
        Assert.Equal(before, ListRolesXml(out var membersAgain));
        Assert.All(membersAgain, m => Assert.True(ReusableResults.IsReusable(m), "listed members should come from the cache"));
        Assert.True(membersBefore.Zip(membersAgain).All(p => ReferenceEquals(p.First, p.Second)), "an unchanged listing should reuse its member nodes");

        iam.Call(action, parameters);
        var after = ListRolesXml(out var membersAfter);

        Assert.Equal(RenderFresh(), after);
        Assert.NotSame(membersBefore.ElementAtOrDefault(1), membersAfter.ElementAtOrDefault(1));
        if (action == "DeleteRole")
        {
            Assert.DoesNotContain("<RoleName>app</RoleName>", after, StringComparison.Ordinal);
        }
        else if (shown is not null)
        {
            Assert.DoesNotContain(shown, before, StringComparison.Ordinal);
            Assert.Contains(shown, after, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Should_list_the_changes_of_untag_and_boundary_removal_and_a_role_recreated_under_the_same_name()
    {
        iam.Call("TagRole", ("RoleName", "app"), ("Tags.member.1.Key", "team"), ("Tags.member.1.Value", "infra"));
        iam.Call("PutRolePermissionsBoundary", ("RoleName", "app"), ("PermissionsBoundary", Boundary));
        var tagged = ListRolesXml(out var members);

        iam.Call("UntagRole", ("RoleName", "app"), ("TagKeys.member.1", "team"));
        Assert.NotSame(members[1], Listed()[1]);
        iam.Call("DeleteRolePermissionsBoundary", ("RoleName", "app"));
        var cleared = Listed();
        Assert.NotSame(members[1], cleared[1]);
        Assert.Equal(RenderFresh(), ListRolesXml(out _));

        var oldId = iam.Call("GetRole", ("RoleName", "app"))!.Text("Role", "RoleId");
        iam.Call("DeleteRole", ("RoleName", "app"));
        iam.Call("CreateRole", ("RoleName", "app"), ("AssumeRolePolicyDocument", OtherTrust), ("Path", "/new/"));
        var recreated = ListRolesXml(out _);

        Assert.Equal(RenderFresh(), recreated);
        Assert.Contains($"<RoleId>{oldId}</RoleId>", tagged, StringComparison.Ordinal);
        Assert.DoesNotContain(oldId, recreated, StringComparison.Ordinal);
        Assert.Contains("<Arn>arn:aws:iam::123456789012:role/new/app</Arn>", recreated, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_list_a_new_role_and_new_pages_after_a_create()
    {
        var before = ListRolesXml(out _);
        iam.Call("CreateRole", ("RoleName", "b-middle"), ("AssumeRolePolicyDocument", Documents.TrustAccount));

        var after = ListRolesXml(out var members);

        Assert.DoesNotContain("b-middle", before, StringComparison.Ordinal);
        Assert.Equal(["a-first", "app", "b-middle", "z-last"], members.Select(m => m.Text("RoleName")));
        Assert.Equal(RenderFresh(), after);
        Assert.Equal("true", iam.Call("ListRoles", ("MaxItems", "2"))!.Text("IsTruncated"));
    }

    private IReadOnlyList<ResultNode> Listed() => iam.Call("ListRoles")!.Members("Roles");

    private string ListRolesXml(out IReadOnlyList<ResultNode> members)
    {
        var result = iam.Call("ListRoles")!;
        members = result.Members("Roles");
        return QueryXmlWriter.SuccessToString("ListRoles", QueryNamespaces.Iam, result, "req-1");
    }

    /// <summary>The current listing rendered from an unmarked deep copy: no cached bytes can be involved.</summary>
    private string RenderFresh() => QueryXmlWriter.SuccessToString("ListRoles", QueryNamespaces.Iam, (ResultStruct)Copy(iam.Call("ListRoles")!), "req-1");

    private static ResultNode Copy(ResultNode node) => node switch
    {
        ResultStruct s => new ResultStruct(s.Name, [.. s.Children.Select(Copy)]),
        ResultList l => new ResultList(l.Name, [.. l.Members.Select(Copy)]),
        ResultMap m => new ResultMap(m.Name, [.. m.Entries.Select(e => KeyValuePair.Create(e.Key, Copy(e.Value)))]),
        ResultValue v => new ResultValue(v.Name, v.Value, v.Kind),
        _ => throw new ArgumentException(node.GetType().Name),
    };
}
