using RoleCall.Iam.Tests.Support;

namespace RoleCall.Iam.Tests.Actions;

public sealed class PolicyActionsTests : IDisposable
{
    private const string Arn = "arn:aws:iam::123456789012:policy/s3-read";

    private readonly IamHarness iam = new();

    public void Dispose() => iam.Dispose();

    [Fact]
    public void Should_create_a_policy_in_AWS_shape_with_v1_as_default()
    {
        var policy = iam.Call("CreatePolicy", ("PolicyName", "s3-read"), ("PolicyDocument", Documents.S3Read), ("Description", "d"))!.Node("Policy");

        Assert.Equal(["PolicyName", "PolicyId", "Arn", "Path", "DefaultVersionId", "AttachmentCount", "PermissionsBoundaryUsageCount", "IsAttachable", "CreateDate", "UpdateDate"], policy.Names());
        Assert.Equal(Arn, policy.Text("Arn"));
        Assert.Matches("^ANPA[A-Z2-7]{17}$", policy.Text("PolicyId"));
        Assert.Equal("v1", policy.Text("DefaultVersionId"));
        Assert.Equal("d", iam.Call("GetPolicy", ("PolicyArn", Arn))!.Text("Policy", "Description"));
    }

    [Fact]
    public void Should_return_documents_URL_encoded()
    {
        iam.Call("CreatePolicy", ("PolicyName", "s3-read"), ("PolicyDocument", Documents.Ec2Describe));

        var version = iam.Call("GetPolicyVersion", ("PolicyArn", Arn), ("VersionId", "v1"))!.Node("PolicyVersion");

        Assert.StartsWith("%7B%0A%20%20%22Version%22%3A%20%222012-10-17%22", version.Text("Document"));
        Assert.Equal(Documents.Ec2Describe, Uri.UnescapeDataString(version.Text("Document")));
        Assert.Equal("true", version.Text("IsDefaultVersion"));
    }

    [Fact]
    public void Should_refuse_a_duplicate_policy_name()
    {
        iam.Call("CreatePolicy", ("PolicyName", "s3-read"), ("PolicyDocument", Documents.S3Read));

        var error = iam.Fails("CreatePolicy", ("PolicyName", "s3-read"), ("PolicyDocument", Documents.S3Read));

        Assert.Equal(("EntityAlreadyExists", "A policy called s3-read already exists. Duplicate names are not allowed."), (error.Code, error.Message));
    }

    [Theory]
    [InlineData("not json", "Syntax errors in policy.")]
    [InlineData("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*"}]}""", "Policy statement must contain resources.")]
    [InlineData("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:*","Resource":"*"}]}""", "Policy document should not specify a principal.")]
    public void Should_refuse_malformed_identity_policies(string document, string message)
    {
        var error = iam.Fails("CreatePolicy", ("PolicyName", "bad"), ("PolicyDocument", document));

        Assert.Equal(("MalformedPolicyDocument", 400), (error.Code, error.HttpStatus));
        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData("""{"Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}""")]
    [InlineData("""{"Version":"2008-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}""")]
    [InlineData("""{"Statement":[{"Effect":"Allow","Action":"s3:*"}]}""")]
    public void Should_refuse_managed_policies_without_the_current_version_but_keep_them_inline(string document)
    {
        // Tutorial 003 pass: a managed policy must say Version 2012-10-17 (checked before the statements);
        // an inline policy may still omit it or use the 2008 language.
        var created = iam.Fails("CreatePolicy", ("PolicyName", "old"), ("PolicyDocument", document));
        Assert.Equal(("MalformedPolicyDocument", "Policy document must be version 2012-10-17 or greater."), (created.Code, created.Message));
        iam.Call("CreatePolicy", ("PolicyName", "s3-read"), ("PolicyDocument", Documents.S3Read));
        var version = iam.Fails("CreatePolicyVersion", ("PolicyArn", Arn), ("PolicyDocument", document));
        Assert.Equal("Policy document must be version 2012-10-17 or greater.", version.Message);

        if (document.Contains("Resource", StringComparison.Ordinal))
        {
            iam.Call("CreateUser", ("UserName", "old-style"));
            iam.Call("PutUserPolicy", ("UserName", "old-style"), ("PolicyName", "inline"), ("PolicyDocument", document));
        }
    }

    [Fact]
    public void Should_count_policy_size_without_white_space()
    {
        var padded = Documents.OfSize(6000).Replace(",", ",          ", StringComparison.Ordinal);
        iam.Call("CreatePolicy", ("PolicyName", "fits"), ("PolicyDocument", padded));

        var error = iam.Fails("CreatePolicy", ("PolicyName", "big"), ("PolicyDocument", Documents.OfSize(6200)));

        Assert.Equal(("LimitExceeded", 409, "Cannot exceed quota for PolicySize: 6144"), (error.Code, error.HttpStatus, error.Message));
    }

    [Fact]
    public void Should_keep_at_most_five_versions_and_never_reuse_numbers()
    {
        iam.Call("CreatePolicy", ("PolicyName", "s3-read"), ("PolicyDocument", Documents.S3Read));
        for (var i = 0; i < 4; i++)
        {
            iam.Call("CreatePolicyVersion", ("PolicyArn", Arn), ("PolicyDocument", Documents.S3Read));
        }

        Assert.Equal("LimitExceeded", iam.Fails("CreatePolicyVersion", ("PolicyArn", Arn), ("PolicyDocument", Documents.S3Read)).Code);
        iam.Call("DeletePolicyVersion", ("PolicyArn", Arn), ("VersionId", "v2"));
        var created = iam.Call("CreatePolicyVersion", ("PolicyArn", Arn), ("PolicyDocument", Documents.S3Read), ("SetAsDefault", "true"))!;

        Assert.Equal("v6", created.Text("PolicyVersion", "VersionId"));
        Assert.Equal("v6", iam.Call("GetPolicy", ("PolicyArn", Arn))!.Text("Policy", "DefaultVersionId"));
        Assert.Equal(["v6", "v5", "v4", "v3", "v1"], iam.Call("ListPolicyVersions", ("PolicyArn", Arn))!.Members("Versions").Select(v => v.Text("VersionId")));
    }

    [Fact]
    public void Should_refuse_to_delete_the_default_version_or_an_attached_policy()
    {
        iam.Call("CreatePolicy", ("PolicyName", "s3-read"), ("PolicyDocument", Documents.S3Read));
        iam.Call("CreateUser", ("UserName", "u"));
        iam.Call("AttachUserPolicy", ("UserName", "u"), ("PolicyArn", Arn));

        Assert.Equal("Cannot delete the default version of a policy.", iam.Fails("DeletePolicyVersion", ("PolicyArn", Arn), ("VersionId", "v1")).Message);
        Assert.Equal(("DeleteConflict", "Cannot delete a policy attached to entities."), (iam.Fails("DeletePolicy", ("PolicyArn", Arn)).Code, iam.Fails("DeletePolicy", ("PolicyArn", Arn)).Message));
        iam.Call("DetachUserPolicy", ("UserName", "u"), ("PolicyArn", Arn));
        iam.Call("DeletePolicy", ("PolicyArn", Arn));
        Assert.Equal("NoSuchEntity", iam.Fails("GetPolicy", ("PolicyArn", Arn)).Code);
    }

    [Fact]
    public void Should_count_attachments_and_list_the_entities_of_a_policy()
    {
        iam.Call("CreatePolicy", ("PolicyName", "s3-read"), ("PolicyDocument", Documents.S3Read));
        iam.Call("CreateUser", ("UserName", "u"));
        iam.Call("CreateGroup", ("GroupName", "g"));
        iam.Call("CreateRole", ("RoleName", "r"), ("AssumeRolePolicyDocument", Documents.TrustAccount));
        iam.Call("AttachUserPolicy", ("UserName", "u"), ("PolicyArn", Arn));
        iam.Call("AttachGroupPolicy", ("GroupName", "g"), ("PolicyArn", Arn));
        iam.Call("AttachRolePolicy", ("RoleName", "r"), ("PolicyArn", Arn));

        var entities = iam.Call("ListEntitiesForPolicy", ("PolicyArn", Arn))!;

        Assert.Equal("3", iam.Call("GetPolicy", ("PolicyArn", Arn))!.Text("Policy", "AttachmentCount"));
        Assert.Equal("g", entities.Members("PolicyGroups").Single().Text("GroupName"));
        Assert.Equal("u", entities.Members("PolicyUsers").Single().Text("UserName"));
        Assert.Equal("r", entities.Members("PolicyRoles").Single().Text("RoleName"));
        Assert.Equal(["PolicyGroups", "PolicyUsers", "PolicyRoles", "IsTruncated"], entities.Names());
        Assert.Empty(iam.Call("ListEntitiesForPolicy", ("PolicyArn", Arn), ("EntityFilter", "Role"))!.Members("PolicyUsers"));
    }

    [Fact]
    public void Should_list_local_and_AWS_policies_by_scope_across_pages()
    {
        iam.Call("CreatePolicy", ("PolicyName", "s3-read"), ("PolicyDocument", Documents.S3Read));

        var local = iam.Call("ListPolicies", ("Scope", "Local"))!.Members("Policies");
        var aws = iam.Call("ListPolicies", ("Scope", "AWS"))!.Members("Policies").Select(p => p.Text("PolicyName")).ToList();
        var all = new List<string>();
        string? marker = null;
        do
        {
            var page = marker is null ? iam.Call("ListPolicies", ("MaxItems", "7"))! : iam.Call("ListPolicies", ("MaxItems", "7"), ("Marker", marker))!;
            all.AddRange(page.Members("Policies").Select(p => p.Text("PolicyName")));
            marker = page.Has("Marker") ? page.Text("Marker") : null;
        }
        while (marker is not null);

        Assert.Equal(["s3-read"], local.Select(p => p.Text("PolicyName")));
        Assert.Contains("AdministratorAccess", aws);
        Assert.Equal([.. aws, "s3-read"], all);
    }

    [Fact]
    public void Should_list_only_attached_policies_when_asked()
    {
        iam.Call("CreateRole", ("RoleName", "r"), ("AssumeRolePolicyDocument", Documents.TrustAccount));
        iam.Call("AttachRolePolicy", ("RoleName", "r"), ("PolicyArn", "arn:aws:iam::aws:policy/ReadOnlyAccess"));

        var attached = iam.Call("ListPolicies", ("OnlyAttached", "true"))!.Members("Policies");

        Assert.Equal(["ReadOnlyAccess"], attached.Select(p => p.Text("PolicyName")));
        Assert.Equal("1", attached[0].Text("AttachmentCount"));
    }

    [Fact]
    public void Should_refuse_to_change_an_AWS_managed_policy()
    {
        var error = iam.Fails("CreatePolicyVersion", ("PolicyArn", "arn:aws:iam::aws:policy/ReadOnlyAccess"), ("PolicyDocument", Documents.S3Read));

        Assert.Equal(("UnmodifiableEntity", 400), (error.Code, error.HttpStatus));
    }
}
