using RoleCall.Iam.Tests.Support;

namespace RoleCall.Iam.Tests.Simulation;

/// <summary>
/// Issue 17, item 2: a simulation pays for the page it returns, never for every ActionNames x ResourceArns
/// pair up front, and its lists are held to AWS's member constraints.
/// </summary>
public sealed class SimulationWorkTests : IDisposable
{
    private const string AllowS3 = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:Get*","Resource":"*","Condition":{"StringEquals":{"aws:username":"alice"}}}]}""";

    private readonly IamHarness iam = new();

    public void Dispose() => iam.Dispose();

    private static List<(string, string)> Grid(int actions, int resources)
    {
        var args = new List<(string, string)> { ("PolicyInputList.member.1", AllowS3) };
        args.AddRange(Enumerable.Range(1, actions).Select(i => ($"ActionNames.member.{i}", $"s3:GetObject{i}")));
        args.AddRange(Enumerable.Range(1, resources).Select(i => ($"ResourceArns.member.{i}", $"arn:aws:s3:::bucket/key-{i}")));
        return args;
    }

    [Fact]
    public void Should_evaluate_only_the_first_page_of_2000_actions_by_2000_resources()
    {
        var args = Grid(2000, 2000).ToArray();
        var before = GC.GetAllocatedBytesForCurrentThread();

        var result = iam.Call("SimulateCustomPolicy", args)!;

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(100, result.Members("EvaluationResults").Count);
        Assert.Equal(("true", "100"), (result.Text("IsTruncated"), result.Text("Marker")));
        Assert.True(allocated < 100L * 1024 * 1024, $"one page of 100 evaluations allocated {allocated:N0} bytes");
    }

    [Fact]
    public void Should_walk_every_pair_exactly_once_across_pages()
    {
        var seen = new List<string>();
        string? marker = null;
        do
        {
            var args = Grid(3, 3);
            args.Add(("MaxItems", "4"));
            if (marker is not null)
            {
                args.Add(("Marker", marker));
            }

            var page = iam.Call("SimulateCustomPolicy", [.. args])!;
            seen.AddRange(page.Members("EvaluationResults").Select(r => r.Text("EvalActionName") + " " + r.Text("EvalResourceName")));
            marker = page.Text("IsTruncated") == "true" ? page.Text("Marker") : null;
        }
        while (marker is not null);

        Assert.Equal(9, seen.Count);
        Assert.Equal(9, seen.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("s3:GetObject1 arn:aws:s3:::bucket/key-1", seen[0]);
        Assert.Equal("s3:GetObject3 arn:aws:s3:::bucket/key-3", seen[^1]);
    }

    [Theory]
    [InlineData("MaxItems", "1001", "maxItems", "Member must have value less than or equal to 1000")]
    [InlineData("MaxItems", "0", "maxItems", "Member must have value greater than or equal to 1")]
    [InlineData("ActionNames.member.2", "s3", "actionNames.2.member", "Member must have length greater than or equal to 3")]
    public void Should_refuse_what_the_IAM_model_does_not_allow(string name, string value, string field, string constraint)
    {
        var args = Grid(2, 1);
        args.RemoveAll(a => a.Item1 == name);
        args.Add((name, value));

        var error = iam.Fails("SimulateCustomPolicy", [.. args]);

        Assert.Equal("ValidationError", error.Code);
        Assert.Contains($"at '{field}' failed to satisfy constraint: {constraint}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_refuse_an_action_name_longer_than_128_and_a_resource_longer_than_2048()
    {
        var args = Grid(1, 1);
        args.Add(("ActionNames.member.2", "s3:" + new string('a', 126)));
        Assert.Contains("at 'actionNames.2.member'", iam.Fails("SimulateCustomPolicy", [.. args]).Message, StringComparison.Ordinal);

        args = Grid(1, 1);
        args.Add(("ResourceArns.member.2", "arn:aws:s3:::" + new string('a', 2036)));
        Assert.Contains("Member must have length less than or equal to 2048", iam.Fails("SimulateCustomPolicy", [.. args]).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_refuse_a_marker_that_is_not_one_it_gave()
    {
        var args = Grid(2, 2);
        args.Add(("Marker", "not-a-marker"));

        Assert.Equal("Invalid Marker.", iam.Fails("SimulateCustomPolicy", [.. args]).Message);
    }
}
