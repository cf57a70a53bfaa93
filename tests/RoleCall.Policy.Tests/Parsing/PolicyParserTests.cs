using RoleCall.Core.Errors;
using RoleCall.Policy.Parsing;

namespace RoleCall.Policy.Tests.Parsing;

/// <summary>Validation per policy kind, with IAM's messages and RoleCall's line:column and JSON path.</summary>
public sealed class PolicyParserTests
{
    private const string Identity = """
        {
          "Version": "2012-10-17",
          "Statement": [
            { "Sid": "Read", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*" }
          ]
        }
        """;

    private static PolicyProblem Single(string document, PolicyKind kind)
    {
        var result = PolicyParser.Parse(document, kind);
        Assert.False(result.Succeeded);
        return Assert.Single(result.Errors);
    }

    [Fact]
    public void Should_compile_a_valid_identity_policy_with_statement_positions()
    {
        var policy = PolicyParser.Parse(Identity, PolicyKind.Identity, "arn:aws:iam::111122223333:policy/read").GetPolicyOrThrow();
        var statement = Assert.Single(policy.Statements);
        Assert.Equal("Read", statement.Sid);
        Assert.Equal((4, 5), (statement.Start.Line, statement.Start.Column));
        Assert.Equal(4, statement.End.Line);
        Assert.Equal("arn:aws:iam::111122223333:policy/read", policy.Id);
    }

    [Fact]
    public void Should_accept_a_single_statement_object_and_values_as_strings()
    {
        var result = PolicyParser.Parse("""{"Version":"2012-10-17","Statement":{"Effect":"Deny","Action":"*","Resource":"*"}}""", PolicyKind.Session);
        Assert.True(result.Succeeded);
        Assert.Equal("Statement[0]", result.Policy!.Statements[0].DisplayName);
    }

    [Fact]
    public void Should_reject_a_principal_in_an_identity_policy_with_aws_message_and_position()
    {
        var problem = Single("""
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*",
              "Principal":{"AWS":"*"}}]}
            """, PolicyKind.Identity);
        Assert.Equal("Policy document should not specify a principal.", problem.Message);
        Assert.Equal("MalformedPolicyDocument", problem.Code);
        Assert.Equal("$.Statement[0].Principal", problem.Path);
        Assert.Equal((2, 3), (problem.Line, problem.Column));
    }

    [Fact]
    public void Should_reject_a_resource_in_a_trust_policy()
    {
        var problem = Single("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole","Resource":"*"}]}""", PolicyKind.Trust);
        Assert.Equal("Has prohibited field Resource", problem.Message);
    }

    [Fact]
    public void Should_require_a_principal_in_a_trust_policy_and_reject_not_principal()
    {
        Assert.Equal("Missing required field Principal", Single("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole"}]}""", PolicyKind.Trust).Message);
        Assert.Equal("Has prohibited field NotPrincipal", Single("""{"Version":"2012-10-17","Statement":[{"Effect":"Deny","NotPrincipal":{"AWS":"111122223333"},"Action":"sts:AssumeRole"}]}""", PolicyKind.Trust).Message);
    }

    [Theory]
    [InlineData("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Resource":"*"}]}""", "Policy statement must contain actions.")]
    [InlineData("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject"}]}""", "Policy statement must contain resources.")]
    [InlineData("""{"Version":"2012-10-17","Statement":[{"Effect":"Allowed","Action":"s3:GetObject","Resource":"*"}]}""", "Invalid effect: Allowed")]
    [InlineData("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"GetObject","Resource":"*"}]}""", "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.")]
    [InlineData("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3::GetObject","Resource":"*"}]}""", "Actions/Condition can contain only one colon.")]
    [InlineData("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"bucket"}]}""", "Resource bucket must be in ARN format or \"*\".")]
    [InlineData("""{"Version":"2012-10-18","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}""", "The policy failed legacy parsing")]
    [InlineData("""{"Version":"2012-10-17","Statement":[{"Sid":"a b","Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}""", "Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular expression [0-9A-Za-z]*")]
    [InlineData("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{"StringEqualz":{"aws:username":"a"}}}]}""", "Invalid Condition type : StringEqualz")]
    [InlineData("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{"NullIfExists":{"aws:username":"true"}}}]}""", "Invalid Condition type : NullIfExists")]
    [InlineData("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{"StringEquals":{"username":"a"}}}]}""", "Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.")]
    [InlineData("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Actions":"x"}]}""", "Syntax errors in policy.")]
    [InlineData("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","NotAction":"s3:PutObject","Resource":"*"}]}""", "Syntax errors in policy.")]
    [InlineData("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":{"a":1},"Resource":"*"}]}""", "Syntax errors in policy.")]
    [InlineData("""{"Version":"2012-10-17"}""", "Missing required field Statement")]
    [InlineData("""{"Version":"2012-10-17","Statement":[{"Action":"s3:GetObject","Resource":"*"}]}""", "Missing required field Effect")]
    public void Should_word_identity_policy_errors_as_iam_does(string document, string message)
    {
        Assert.Equal(message, Single(document, PolicyKind.Identity).Message);
    }

    [Theory]
    [InlineData("arn:aws:iam::111122223333:role/*")]
    [InlineData("arn:aws:iam::1111*:root")]
    [InlineData("not-an-arn")]
    public void Should_reject_partial_wildcards_and_unknown_forms_in_principals(string principal)
    {
        var problem = Single($$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"{{principal}}"},"Action":"sts:AssumeRole"}]}""", PolicyKind.Trust);
        Assert.Equal($"Invalid principal in policy: \"AWS\":\"{principal}\"", problem.Message);
    }

    [Fact]
    public void Should_reject_duplicate_sids_and_duplicate_keys()
    {
        var result = PolicyParser.Parse("""
            {"Version":"2012-10-17","Statement":[
              {"Sid":"A","Effect":"Allow","Action":"s3:GetObject","Resource":"*"},
              {"Sid":"A","Effect":"Allow","Action":"s3:GetObject","Resource":"*","Effect":"Deny"}]}
            """, PolicyKind.Identity);
        Assert.Contains(result.Errors, p => p.Message == "Statement IDs (SID) in a single policy must be unique.");
        Assert.Contains(result.Errors, p => p.Message == "Syntax errors in policy." && p.Path == "$.Statement[1].Effect" && p.Line == 3);
    }

    [Fact]
    public void Should_report_every_problem_not_just_the_first_in_document_order()
    {
        var result = PolicyParser.Parse("""
            {"Version":"2012-10-17","Statement":[
              {"Effect":"Allow","Action":"GetObject","Resource":"*"},
              {"Effect":"Permit","Action":"s3:GetObject","Resource":"bucket"}]}
            """, PolicyKind.Identity);
        Assert.Equal(["Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.", "Invalid effect: Permit", "Resource bucket must be in ARN format or \"*\"."],
            result.Errors.Select(e => e.Message));
        Assert.Equal([2, 3, 3], result.Errors.Select(e => e.Line));
    }

    [Fact]
    public void Should_point_at_the_json_syntax_error()
    {
        var problem = Single("{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [ { \"Effect\": \"Allow\" \"Action\": \"*\" } ]\n}", PolicyKind.Identity);
        Assert.Equal("Syntax errors in policy.", problem.Message);
        Assert.Equal((3, 38), (problem.Line, problem.Column));
        Assert.Contains("expected ',' or '}'", problem.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_reject_characters_outside_latin1()
    {
        var problem = Single("""{"Version":"2012-10-17","Statement":[{"Sid":"Ünïcode✓","Effect":"Allow","Action":"*","Resource":"*"}]}""", PolicyKind.Identity);
        Assert.Equal(1, problem.Line);
        Assert.Contains("U+2713", problem.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_warn_about_condition_values_the_operator_cannot_read()
    {
        var result = PolicyParser.Parse("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*","Condition":{"NumericLessThan":{"s3:max-keys":"ten"},"IpAddress":{"aws:SourceIp":"300.1.1.1/8"}}}]}""", PolicyKind.Identity);
        Assert.True(result.Succeeded);
        Assert.Equal(2, result.Problems.Count(p => p.Severity == ProblemSeverity.Warning));
    }

    [Fact]
    public void Should_throw_aws_malformed_policy_document_from_get_policy_or_throw()
    {
        var result = PolicyParser.Parse("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*"}]}""", PolicyKind.Identity);
        var error = Assert.Throws<AwsServiceException>(() => result.GetPolicyOrThrow());
        Assert.Equal(("MalformedPolicyDocument", 400, "Policy statement must contain resources."), (error.Code, error.HttpStatus, error.Message));
    }

    [Fact]
    public void Should_list_the_context_keys_a_policy_reads()
    {
        var policy = PolicyParser.Parse("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"arn:aws:s3:::b/${aws:username}/*","Condition":{"IpAddress":{"aws:SourceIp":"10.0.0.0/8"},"StringEquals":{"aws:SourceIP":"x"}}}]}""", PolicyKind.Identity).GetPolicyOrThrow();
        Assert.Equal(["aws:SourceIp", "aws:username"], policy.ContextKeys.Order(StringComparer.Ordinal));
    }
}
