using RoleCall.Protocol.Query;

namespace RoleCall.Protocol.Tests.Query;

/// <summary>A node marked reusable renders byte for byte as an unmarked copy, wherever and however often it is written.</summary>
public sealed class ReusableResultsTests
{
    private static ResultStruct Role(string name) => new("member",
    [
        new ResultValue("RoleName", name),
        new ResultValue("AssumeRolePolicyDocument", Uri.EscapeDataString("""{"Principal":{"AWS":"a&b<c>"}}""")),
        new ResultValue("Description", "line\r\nbreak & <tag>"),
        new ResultList("Tags", [new ResultStruct("member", [new ResultValue("Key", "k"), new ResultValue("Value", "v")])]),
        new ResultList("Empty", []),
    ]);

    private static string Render(ResultStruct result) => QueryXmlWriter.SuccessToString("X", QueryNamespaces.Iam, result, "r");

    private static ResultStruct Listing(params ResultNode[] members) =>
        new("ListRolesResult", [new ResultList("Roles", members), new ResultValue("IsTruncated", "false", ScalarKind.Boolean)]);

    [Fact]
    public void Should_render_a_reused_member_exactly_as_a_fresh_one_on_first_and_later_writes()
    {
        var reused = ReusableResults.Reuse(Role("a & b"));
        var expected = QueryXmlWriter.SuccessToString("ListRoles", QueryNamespaces.Iam, Listing(Role("a & b"), Role("c")), "r1");

        var first = QueryXmlWriter.SuccessToString("ListRoles", QueryNamespaces.Iam, Listing(reused, Role("c")), "r1");
        var second = QueryXmlWriter.SuccessToString("ListRoles", QueryNamespaces.Iam, Listing(reused, Role("c")), "r1");

        Assert.True(ReusableResults.IsReusable(reused));
        Assert.Equal(expected, first);
        Assert.Equal(expected, second);
    }

    [Fact]
    public void Should_render_a_reused_node_afresh_at_another_depth_or_under_another_name()
    {
        var reused = ReusableResults.Reuse(Role("x"));
        QueryXmlWriter.SuccessToString("ListRoles", QueryNamespaces.Iam, Listing(reused), "r");

        // As a structure child it is written one level up; as a list member one level deeper; as a map value
        // at that same depth but named "value".
        var asChild = Render(new ResultStruct("XResult", [reused]));
        var deeper = Render(new ResultStruct("XResult", [new ResultStruct("Outer", [new ResultList("Roles", [reused])])]));
        var mapValue = Render(new ResultStruct("XResult", [new ResultMap("Map", [new("k", reused)])]));

        Assert.Equal(Render(new ResultStruct("XResult", [Role("x")])), asChild);
        Assert.Equal(Render(new ResultStruct("XResult", [new ResultStruct("Outer", [new ResultList("Roles", [Role("x")])])])), deeper);
        Assert.Equal(Render(new ResultStruct("XResult", [new ResultMap("Map", [new("k", Role("x"))])])), mapValue);
        Assert.Contains("<value>\n          <RoleName>x</RoleName>", mapValue, StringComparison.Ordinal);
        Assert.Equal(QueryXmlWriter.SuccessToString("ListRoles", QueryNamespaces.Iam, Listing(Role("x")), "r"),
            QueryXmlWriter.SuccessToString("ListRoles", QueryNamespaces.Iam, Listing(reused), "r"));
    }

    [Fact]
    public void Should_render_a_reused_list_larger_than_one_buffer_as_a_fresh_one()
    {
        ResultList Roles(bool reused) => new("Roles", [.. Enumerable.Range(0, 300).Select(i => reused ? ReusableResults.Reuse(Role($"r{i}")) : Role($"r{i}"))]);
        var list = ReusableResults.Reuse(Roles(reused: true));
        var expected = Render(new ResultStruct("XResult", [Roles(reused: false)]));

        Assert.True(expected.Length > 64 * 1024, "the list should outgrow the first rendering buffer several times");
        Assert.Equal(expected, Render(new ResultStruct("XResult", [list])));
        Assert.Equal(expected, Render(new ResultStruct("XResult", [list])));
    }

    [Fact]
    public void Should_not_mark_a_node_that_was_not_reused()
    {
        Assert.False(ReusableResults.IsReusable(Role("plain")));
    }

    [Fact]
    public void Should_render_the_same_bytes_from_many_threads_at_once()
    {
        var members = Enumerable.Range(0, 50).Select(i => ReusableResults.Reuse(Role($"r{i}"))).ToArray();
        var expected = QueryXmlWriter.SuccessToString("ListRoles", QueryNamespaces.Iam, Listing([.. Enumerable.Range(0, 50).Select(i => Role($"r{i}"))]), "r");

        var rendered = new string[64];
        Parallel.For(0, rendered.Length, i => rendered[i] = QueryXmlWriter.SuccessToString("ListRoles", QueryNamespaces.Iam, Listing(members), "r"));

        Assert.All(rendered, xml => Assert.Equal(expected, xml));
    }
}
