using RoleCall.Iam.Tests.Support;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Tests.Simulation;

/// <summary>SimulateCustomPolicy, SimulatePrincipalPolicy and GetContextKeysFor*Policy through the IAM service.</summary>
public sealed class SimulationActionsTests : IDisposable
{
    private const string HomeFolders = """
        {"Version":"2012-10-17","Statement":[
          {"Sid":"Home","Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::bucket/home/${aws:username}/*",
           "Condition":{"IpAddress":{"aws:SourceIp":"203.0.113.0/24"}}},
          {"Sid":"NoSecrets","Effect":"Deny","Action":"s3:*","Resource":"arn:aws:s3:::bucket/secret/*"}]}
        """;

    private readonly IamHarness iam = new();

    public void Dispose() => iam.Dispose();

    private static (string Name, string Value)[] Args(params (string, string)[] args) => args;

    private static ResultNode Only(ResultStruct? result) => Assert.Single(result!.Members("EvaluationResults"));

    [Fact]
    public void Should_allow_with_the_matched_statement_and_its_position()
    {
        var result = Only(iam.Call("SimulateCustomPolicy", Args(("PolicyInputList.member.1", HomeFolders), ("ActionNames.member.1", "s3:GetObject"),
            ("ResourceArns.member.1", "arn:aws:s3:::bucket/home/alice/notes.txt"),
            ("ContextEntries.member.1.ContextKeyName", "aws:username"), ("ContextEntries.member.1.ContextKeyValues.member.1", "alice"), ("ContextEntries.member.1.ContextKeyType", "string"),
            ("ContextEntries.member.2.ContextKeyName", "aws:SourceIp"), ("ContextEntries.member.2.ContextKeyValues.member.1", "203.0.113.7"), ("ContextEntries.member.2.ContextKeyType", "ip"))));
        Assert.Equal(("s3:GetObject", "arn:aws:s3:::bucket/home/alice/notes.txt", "allowed"), (result.Text("EvalActionName"), result.Text("EvalResourceName"), result.Text("EvalDecision")));
        var statement = Assert.Single(result.Members("MatchedStatements"));
        Assert.Equal("PolicyInputList.1", statement.Text("SourcePolicyId"));
        Assert.Equal(("2", "3"), (statement.Text("StartPosition", "Line"), statement.Text("StartPosition", "Column")));
        Assert.Equal("3", statement.Text("EndPosition", "Line"));
        Assert.Empty(result.Members("MissingContextValues"));
    }

    [Fact]
    public void Should_report_missing_context_values_and_an_implicit_deny()
    {
        var result = Only(iam.Call("SimulateCustomPolicy", Args(("PolicyInputList.member.1", HomeFolders), ("ActionNames.member.1", "s3:GetObject"),
            ("ResourceArns.member.1", "arn:aws:s3:::bucket/home/alice/notes.txt"))));
        Assert.Equal("implicitDeny", result.Text("EvalDecision"));
        Assert.Empty(result.Members("MatchedStatements"));
        Assert.Equal(["aws:SourceIp", "aws:username"], result.Members("MissingContextValues").Select(m => ((ResultValue)m).Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Should_list_only_the_deny_after_an_explicit_deny_per_action_and_resource()
    {
        var results = iam.Call("SimulateCustomPolicy", Args(("PolicyInputList.member.1", HomeFolders), ("PolicyInputList.member.2", """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}"""),
            ("ActionNames.member.1", "s3:GetObject"), ("ActionNames.member.2", "s3:PutObject"), ("ResourceArns.member.1", "arn:aws:s3:::bucket/secret/k")))!.Members("EvaluationResults");
        Assert.Equal(["explicitDeny", "explicitDeny"], results.Select(r => r.Text("EvalDecision")));
        var statement = Assert.Single(results[0].Members("MatchedStatements"));
        Assert.Equal(("PolicyInputList.1", "4"), (statement.Text("SourcePolicyId"), statement.Text("StartPosition", "Line")));
        Assert.Equal("explicitDeny", Assert.Single(results[0].Members("ResourceSpecificResults")).Text("EvalResourceDecision"));
    }

    [Fact]
    public void Should_apply_boundary_inputs_and_report_their_verdict()
    {
        var result = Only(iam.Call("SimulateCustomPolicy", Args(("PolicyInputList.member.1", """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}"""),
            ("PermissionsBoundaryPolicyInputList.member.1", """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:Get*","Resource":"*"}]}"""),
            ("ActionNames.member.1", "iam:CreateUser"))));
        Assert.Equal("implicitDeny", result.Text("EvalDecision"));
        Assert.Equal("false", result.Text("PermissionsBoundaryDecisionDetail", "AllowedByPermissionsBoundary"));
    }

    [Fact]
    public void Should_evaluate_a_resource_policy_for_a_cross_account_caller()
    {
        var bucketPolicy = """{"Version":"2012-10-17","Statement":[{"Sid":"Other","Effect":"Allow","Principal":{"AWS":"444455556666"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::bucket/*"}]}""";
        var allow = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}""";
        var result = Only(iam.Call("SimulateCustomPolicy", Args(("PolicyInputList.member.1", allow), ("ActionNames.member.1", "s3:GetObject"),
            ("ResourceArns.member.1", "arn:aws:s3:::bucket/k"), ("ResourcePolicy", bucketPolicy), ("ResourceOwner", $"arn:aws:iam::{IamHarness.Account}:root"),
            ("CallerArn", "arn:aws:iam::444455556666:user/bob"))));
        Assert.Equal("allowed", result.Text("EvalDecision"));
        Assert.True(result.Has("EvalDecisionDetails"));
    }

    [Fact]
    public void Should_simulate_a_users_own_and_group_policies()
    {
        iam.Call("CreateUser", ("UserName", "alice"));
        iam.Call("CreateGroup", ("GroupName", "readers"));
        iam.Call("AddUserToGroup", ("GroupName", "readers"), ("UserName", "alice"));
        iam.Call("PutGroupPolicy", ("GroupName", "readers"), ("PolicyName", "read"), ("PolicyDocument", """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:Get*","Resource":"*"}]}"""));
        iam.Call("PutUserPolicy", ("UserName", "alice"), ("PolicyName", "no-delete"), ("PolicyDocument", """{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"s3:Delete*","Resource":"*"}]}"""));
        var results = iam.Call("SimulatePrincipalPolicy", Args(("PolicySourceArn", $"arn:aws:iam::{IamHarness.Account}:user/alice"),
            ("ActionNames.member.1", "s3:GetObject"), ("ActionNames.member.2", "s3:DeleteObject"), ("ActionNames.member.3", "s3:PutObject")))!.Members("EvaluationResults");
        Assert.Equal(["allowed", "explicitDeny", "implicitDeny"], results.Select(r => r.Text("EvalDecision")));
        var allowedBy = Assert.Single(results[0].Members("MatchedStatements"));
        Assert.Equal(("read", "group"), (allowedBy.Text("SourcePolicyId"), allowedBy.Text("SourcePolicyType")));
        Assert.Equal(("no-delete", "user"), (results[1].Members("MatchedStatements")[0].Text("SourcePolicyId"), results[1].Members("MatchedStatements")[0].Text("SourcePolicyType")));
    }

    [Fact]
    public void Should_list_context_keys_of_custom_and_principal_policies()
    {
        var custom = iam.Call("GetContextKeysForCustomPolicy", ("PolicyInputList.member.1", HomeFolders))!.Members("ContextKeyNames");
        Assert.Equal(["aws:SourceIp", "aws:username"], custom.Select(m => ((ResultValue)m).Value).Order(StringComparer.Ordinal));

        iam.Call("CreateRole", ("RoleName", "ci"), ("AssumeRolePolicyDocument", Documents.TrustAccount));
        iam.Call("PutRolePolicy", ("RoleName", "ci"), ("PolicyName", "p"), ("PolicyDocument", """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*","Condition":{"StringEquals":{"aws:RequestedRegion":"eu-west-1"}}}]}"""));
        var principal = iam.Call("GetContextKeysForPrincipalPolicy", ("PolicySourceArn", $"arn:aws:iam::{IamHarness.Account}:role/ci"))!.Members("ContextKeyNames");
        Assert.Equal("aws:RequestedRegion", ((ResultValue)Assert.Single(principal)).Value);
    }

    [Fact]
    public void Should_reject_malformed_inputs_and_bad_context_values()
    {
        Assert.Equal("MalformedPolicyDocument", iam.Fails("SimulateCustomPolicy", ("PolicyInputList.member.1", """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:Get"}]}"""), ("ActionNames.member.1", "s3:GetObject")).Code);
        Assert.Equal("InvalidInput", iam.Fails("SimulateCustomPolicy", ("PolicyInputList.member.1", HomeFolders), ("ActionNames.member.1", "s3:GetObject"),
            ("ContextEntries.member.1.ContextKeyName", "aws:SourceIp"), ("ContextEntries.member.1.ContextKeyValues.member.1", "nope"), ("ContextEntries.member.1.ContextKeyType", "ip")).Code);
        Assert.Equal("NoSuchEntity", iam.Fails("SimulatePrincipalPolicy", ("PolicySourceArn", $"arn:aws:iam::{IamHarness.Account}:user/ghost"), ("ActionNames.member.1", "s3:GetObject")).Code);
    }

    [Fact]
    public void Should_page_results_with_max_items_and_marker()
    {
        var first = iam.Call("SimulateCustomPolicy", Args(("PolicyInputList.member.1", HomeFolders), ("ActionNames.member.1", "s3:A"), ("ActionNames.member.2", "s3:B"), ("ActionNames.member.3", "s3:C"), ("MaxItems", "2")))!;
        Assert.Equal(("true", "2"), (first.Text("IsTruncated"), first.Text("Marker")));
        var rest = iam.Call("SimulateCustomPolicy", Args(("PolicyInputList.member.1", HomeFolders), ("ActionNames.member.1", "s3:A"), ("ActionNames.member.2", "s3:B"), ("ActionNames.member.3", "s3:C"), ("Marker", "2")))!;
        Assert.Equal("s3:C", Assert.Single(rest.Members("EvaluationResults")).Text("EvalActionName"));
    }
}
