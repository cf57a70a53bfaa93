using System.Text.Json;
using RoleCall.Iam.Catalog;
using RoleCall.Iam.Tests.Support;

namespace RoleCall.Iam.Tests.Catalog;

public sealed class AwsManagedPolicyCatalogTests
{
    [Theory]
    [InlineData("AdministratorAccess")]
    [InlineData("PowerUserAccess")]
    [InlineData("ReadOnlyAccess")]
    [InlineData("IAMFullAccess")]
    [InlineData("IAMReadOnlyAccess")]
    [InlineData("AmazonS3FullAccess")]
    [InlineData("AmazonS3ReadOnlyAccess")]
    [InlineData("AmazonEC2FullAccess")]
    [InlineData("AmazonEC2ReadOnlyAccess")]
    public void Should_hold_the_required_AWS_managed_policies_with_valid_documents(string name)
    {
        var policy = AwsManagedPolicyCatalog.Instance.Find($"arn:aws:iam::aws:policy/{name}");

        Assert.NotNull(policy);
        using var document = JsonDocument.Parse(policy.DefaultVersion.Document);
        Assert.Equal("2012-10-17", document.RootElement.GetProperty("Version").GetString());
    }

    [Fact]
    public void Should_serve_the_real_AdministratorAccess_document_through_GetPolicyVersion()
    {
        using var iam = new IamHarness();
        const string Arn = "arn:aws:iam::aws:policy/AdministratorAccess";
        var versionId = iam.Call("GetPolicy", ("PolicyArn", Arn))!.Text("Policy", "DefaultVersionId");

        var document = Uri.UnescapeDataString(iam.Call("GetPolicyVersion", ("PolicyArn", Arn), ("VersionId", versionId))!.Text("PolicyVersion", "Document"));

        using var json = JsonDocument.Parse(document);
        var statement = json.RootElement.GetProperty("Statement")[0];
        Assert.Equal(("Allow", "*", "*"), (statement.GetProperty("Effect").GetString(), statement.GetProperty("Action").GetString(), statement.GetProperty("Resource").GetString()));
    }

    [Fact]
    public void Should_give_AWS_policies_stable_ids()
    {
        var policy = AwsManagedPolicyCatalog.Instance.Find("arn:aws:iam::aws:policy/ReadOnlyAccess")!;

        Assert.Matches("^ANPA[A-Z2-7]{17}$", policy.PolicyId);
        Assert.Equal("/", policy.Path);
    }
}
