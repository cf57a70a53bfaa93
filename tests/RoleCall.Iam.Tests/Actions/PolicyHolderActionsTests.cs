using RoleCall.Iam.Tests.Support;

namespace RoleCall.Iam.Tests.Actions;

/// <summary>Attach/Detach/ListAttached and inline Put/Get/List/Delete, the same for users, groups and roles.</summary>
public sealed class PolicyHolderActionsTests : IDisposable
{
    private const string S3ReadOnly = "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess";

    private readonly IamHarness iam = new();

    public PolicyHolderActionsTests()
    {
        iam.Call("CreateUser", ("UserName", "n"));
        iam.Call("CreateGroup", ("GroupName", "n"));
        iam.Call("CreateRole", ("RoleName", "n"), ("AssumeRolePolicyDocument", Documents.TrustAccount));
    }

    public static TheoryData<string> Kinds => ["User", "Group", "Role"];

    public void Dispose() => iam.Dispose();

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Should_attach_list_and_detach_managed_policies(string kind)
    {
        iam.Call($"Attach{kind}Policy", ($"{kind}Name", "n"), ("PolicyArn", S3ReadOnly));
        iam.Call($"Attach{kind}Policy", ($"{kind}Name", "n"), ("PolicyArn", S3ReadOnly));

        var attached = iam.Call($"ListAttached{kind}Policies", ($"{kind}Name", "n"))!.Members("AttachedPolicies");
        iam.Call($"Detach{kind}Policy", ($"{kind}Name", "n"), ("PolicyArn", S3ReadOnly));

        Assert.Equal([("AmazonS3ReadOnlyAccess", S3ReadOnly)], attached.Select(p => (p.Text("PolicyName"), p.Text("PolicyArn"))));
        Assert.Equal("NoSuchEntity", iam.Fails($"Detach{kind}Policy", ($"{kind}Name", "n"), ("PolicyArn", S3ReadOnly)).Code);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Should_refuse_an_eleventh_attached_policy(string kind)
    {
        for (var i = 0; i < 10; i++)
        {
            var arn = iam.Call("CreatePolicy", ("PolicyName", $"p{i}"), ("PolicyDocument", Documents.S3Read))!.Text("Policy", "Arn");
            iam.Call($"Attach{kind}Policy", ($"{kind}Name", "n"), ("PolicyArn", arn));
        }

        var error = iam.Fails($"Attach{kind}Policy", ($"{kind}Name", "n"), ("PolicyArn", S3ReadOnly));

        Assert.Equal(("LimitExceeded", $"Cannot exceed quota for PoliciesPer{kind}: 10"), (error.Code, error.Message));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Should_refuse_to_attach_a_policy_that_does_not_exist(string kind)
    {
        var error = iam.Fails($"Attach{kind}Policy", ($"{kind}Name", "n"), ("PolicyArn", "arn:aws:iam::aws:policy/NoSuchPolicy"));

        Assert.Equal(("NoSuchEntity", "Policy arn:aws:iam::aws:policy/NoSuchPolicy does not exist or is not attachable."), (error.Code, error.Message));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Should_put_get_list_and_delete_inline_policies(string kind)
    {
        iam.Call($"Put{kind}Policy", ($"{kind}Name", "n"), ("PolicyName", "inline"), ("PolicyDocument", Documents.Ec2Describe));

        var got = iam.Call($"Get{kind}Policy", ($"{kind}Name", "n"), ("PolicyName", "inline"))!;
        var names = iam.Call($"List{kind}Policies", ($"{kind}Name", "n"))!.Members("PolicyNames");
        iam.Call($"Delete{kind}Policy", ($"{kind}Name", "n"), ("PolicyName", "inline"));

        Assert.Equal([$"{kind}Name", "PolicyName", "PolicyDocument"], got.Names());
        Assert.Equal(Documents.Ec2Describe, Uri.UnescapeDataString(got.Text("PolicyDocument")));
        Assert.Equal(["inline"], names.Select(n => ((RoleCall.Protocol.Query.ResultValue)n).Value));
        Assert.Equal($"The {kind.ToLowerInvariant()} policy with name inline cannot be found.",
            iam.Fails($"Get{kind}Policy", ($"{kind}Name", "n"), ("PolicyName", "inline")).Message);
    }

    [Theory]
    [InlineData("User", 2048)]
    [InlineData("Group", 5120)]
    [InlineData("Role", 10240)]
    public void Should_cap_the_aggregate_size_of_inline_policies(string kind, int limit)
    {
        iam.Call($"Put{kind}Policy", ($"{kind}Name", "n"), ("PolicyName", "a"), ("PolicyDocument", Documents.OfSize(limit / 2)));

        var error = iam.Fails($"Put{kind}Policy", ($"{kind}Name", "n"), ("PolicyName", "b"), ("PolicyDocument", Documents.OfSize((limit / 2) + 10)));

        Assert.Equal(("LimitExceeded", $"Maximum policy size of {limit} bytes exceeded for {kind.ToLowerInvariant()} n"), (error.Code, error.Message));
    }
}
