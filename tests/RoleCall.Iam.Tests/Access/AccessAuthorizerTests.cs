using RoleCall.Core.Errors;
using RoleCall.Iam.Access;
using RoleCall.Iam.Model;
using RoleCall.Iam.Tests.Sts.Support;
using RoleCall.Policy.Authorization;
using static RoleCall.Iam.Tests.Sts.Support.StsWorld;

namespace RoleCall.Iam.Tests.Access;

/// <summary>
/// Issue 11, item 1: the authorization API S3 and EC2 call, over the IAM engine: identity policies, resource
/// policies (a bucket policy), same-account "either allows" and cross-account "both must allow", and root.
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html
/// </summary>
public sealed class AccessAuthorizerTests
{
    private const string Bucket = "arn:aws:s3:::photos";
    private readonly StsWorld world = new();

    private AccessAuthorizer Authorizer => new(world.Runtime);

    private AccessRequest Request(Caller caller, string action = "s3:GetObject", string resource = Bucket + "/a.jpg", string? policy = null, string owner = Account) =>
        new(caller, action, resource, world.Info) { ResourcePolicy = policy, ResourceAccount = owner };

    private static string BucketPolicy(string principalArn, string action = "s3:GetObject", string effect = "Allow") =>
        $$"""{"Version":"2012-10-17","Statement":[{"Effect":"{{effect}}","Principal":{"AWS":"{{principalArn}}"},"Action":"{{action}}","Resource":"{{Bucket}}/*"}]}""";

    [Fact]
    public void Should_allow_by_identity_policy_and_deny_without_one_in_aws_words()
    {
        var reader = world.AddUser("reader", PolicyDocs.Allow("s3:GetObject"));
        var nobody = world.AddUser("nobody");

        Assert.True(Authorizer.Decide(Request(reader)).IsAllowed);
        var denied = Assert.Throws<AwsServiceException>(() => Authorizer.Authorize(Request(nobody)));
        Assert.Equal((403, "AccessDenied"), (denied.HttpStatus, denied.Code));
        Assert.Equal($"User: {nobody.Arn} is not authorized to perform: s3:GetObject on resource: {Bucket}/a.jpg because no identity-based policy allows the s3:GetObject action", denied.Message);
    }

    [Fact]
    public void Should_let_a_same_account_resource_policy_allow_alone()
    {
        var user = world.AddUser("guest");
        Assert.True(Authorizer.Decide(Request(user, policy: BucketPolicy(user.Arn))).IsAllowed);
    }

    [Fact]
    public void Should_let_an_explicit_deny_in_the_resource_policy_win_over_an_identity_allow()
    {
        var user = world.AddUser("admin", PolicyDocs.Allow("s3:*"));
        var decision = Authorizer.Decide(Request(user, policy: BucketPolicy(user.Arn, effect: "Deny")));
        Assert.Equal((false, DenialReason.ExplicitDenyInResourcePolicy), (decision.IsAllowed, decision.Reason));
    }

    [Fact]
    public void Should_need_both_sides_across_accounts()
    {
        var user = world.AddUser("visitor", Account, [], PolicyDocs.Allow("s3:GetObject"));
        var bare = world.AddUser("bare", Account, []);

        // The bucket belongs to another account: its policy must name the caller, and the caller's own policy must allow.
        Assert.False(Authorizer.Decide(Request(user, owner: OtherAccount)).IsAllowed);
        Assert.True(Authorizer.Decide(Request(user, policy: BucketPolicy(user.Arn), owner: OtherAccount)).IsAllowed);
        var onlyResource = Authorizer.Decide(Request(bare, policy: BucketPolicy(bare.Arn), owner: OtherAccount));
        Assert.Equal((false, DenialReason.NoIdentityPolicyAllows), (onlyResource.IsAllowed, onlyResource.Reason));
    }

    [Fact]
    public void Should_allow_root_in_its_own_account_and_need_the_resource_policy_elsewhere()
    {
        Assert.True(Authorizer.Decide(Request(Root())).IsAllowed);
        var foreignRoot = Root(OtherAccount);
        Assert.False(Authorizer.Decide(Request(foreignRoot)).IsAllowed);
        Assert.True(Authorizer.Decide(Request(foreignRoot, policy: BucketPolicy($"arn:aws:iam::{OtherAccount}:root"))).IsAllowed);
    }

    [Fact]
    public void Should_evaluate_the_services_condition_keys()
    {
        const string prefixOnly = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:ListBucket","Resource":"arn:aws:s3:::photos","Condition":{"StringLike":{"s3:prefix":"home/*"}}}]}""";
        var user = world.AddUser("lister", prefixOnly);
        AccessRequest List(string prefix) => Request(user, "s3:ListBucket", Bucket) with
        {
            ConditionKeys = new Dictionary<string, IReadOnlyList<string>> { ["s3:prefix"] = [prefix] },
        };

        Assert.True(Authorizer.Decide(List("home/alice/")).IsAllowed);
        Assert.False(Authorizer.Decide(List("etc/")).IsAllowed);
    }

    [Fact]
    public void Should_grant_nothing_from_a_resource_policy_that_does_not_compile()
    {
        var user = world.AddUser("guest");
        Assert.False(Authorizer.Decide(Request(user, policy: "{not json")).IsAllowed);
    }
}
