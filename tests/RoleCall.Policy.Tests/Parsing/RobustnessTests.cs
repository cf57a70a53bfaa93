using RoleCall.Policy.Authorization;
using RoleCall.Policy.Evaluation;
using RoleCall.Policy.Parsing;

namespace RoleCall.Policy.Tests.Parsing;

/// <summary>Bad input never escapes as an exception: it comes back as problems.</summary>
public sealed class RobustnessTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("\"policy\"")]
    [InlineData("{")]
    [InlineData("{\"Version\":")]
    [InlineData("{\"Version\":\"2012-10-17\",\"Statement\":[{]}")]
    [InlineData("{\"Version\":\"2012-10-17\",\"Statement\":\"x\"}")]
    [InlineData("{\"Version\":\"2012-10-17\",\"Statement\":[1,2,3]}")]
    [InlineData("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":[]}]}")]
    [InlineData("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":{\"StringEquals\":\"x\"}}]}")]
    [InlineData("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":{\"StringEquals\":{\"aws:a\":null}}}]}")]
    [InlineData("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":{\"StringEquals\":{\"aws:a\":[[\"x\"]]}}}]}")]
    [InlineData("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":5,\"Action\":\"*\"}]}")]
    [InlineData("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":{}},\"Action\":\"*\"}]}")]
    [InlineData("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"\\ud800\"}]}")]
    [InlineData("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]} trailing")]
    [InlineData("{\"a\":1e999999}")]
    [InlineData("{\"a\":-}")]
    [InlineData("{\"a\":\"\\u12\"}")]
    [InlineData("{\"a\":tru}")]
    public void Should_turn_malformed_documents_into_problems(string document)
    {
        foreach (var kind in Enum.GetValues<PolicyKind>())
        {
            var result = PolicyParser.Parse(document, kind);
            Assert.False(result.Succeeded);
            Assert.NotEmpty(result.Errors);
        }
    }

    [Fact]
    public void Should_refuse_deep_nesting_without_overflowing_the_stack()
    {
        var deep = new string('[', 100_000) + new string(']', 100_000);
        var result = PolicyParser.Parse(deep, PolicyKind.Identity);
        Assert.Contains("nesting deeper", Assert.Single(result.Errors).Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_handle_a_huge_document()
    {
        var statements = string.Join(",", Enumerable.Range(0, 20_000).Select(i => $"{{\"Effect\":\"Allow\",\"Action\":\"s3:Get{i}*\",\"Resource\":\"arn:aws:s3:::b{i}/*\"}}"));
        var result = PolicyParser.Parse($"{{\"Version\":\"2012-10-17\",\"Statement\":[{statements}]}}", PolicyKind.Identity);
        Assert.True(result.Succeeded);
        Assert.True(PolicySize.Measure($"{statements}") > PolicySize.ManagedPolicy);
    }

    [Fact]
    public void Should_never_throw_on_random_mutations_of_a_valid_policy()
    {
        const string seed = """
            {"Version":"2012-10-17","Statement":[{"Sid":"A","Effect":"Allow","Action":["s3:Get*","iam:*"],"Resource":"arn:aws:s3:::b/${aws:username}/*",
            "Condition":{"ForAnyValue:StringLike":{"aws:TagKeys":["a*"]},"IpAddress":{"aws:SourceIp":"10.0.0.0/8"},"DateLessThan":{"aws:CurrentTime":"2030-01-01"}}},
            {"Effect":"Deny","Principal":{"AWS":["111122223333","arn:aws:iam::111122223333:user/x"]},"NotAction":"s3:*","NotResource":"*"}]}
            """;
        var random = new Random(4);
        const string alphabet = "{}[]\":,*?$ \\aA0";
        var context = new RequestContext(RequestPrincipal.User("arn:aws:iam::111122223333:user/x", "111122223333"), "s3:GetObject", "arn:aws:s3:::b/x/y")
            .Set("aws:username", "x").SetValues("aws:TagKeys", ["ab"]).Set("aws:SourceIp", "10.1.1.1").Set("aws:CurrentTime", "2024-01-01T00:00:00Z");
        for (var i = 0; i < 3000; i++)
        {
            var chars = seed.ToCharArray();
            for (var m = random.Next(1, 4); m > 0; m--)
            {
                chars[random.Next(chars.Length)] = alphabet[random.Next(alphabet.Length)];
            }

            foreach (var kind in Enum.GetValues<PolicyKind>())
            {
                var result = PolicyParser.Parse(new string(chars), kind);
                if (result.Policy is { } policy)
                {
                    _ = Authorizer.Authorize(new AuthorizationRequest { Context = context, IdentityPolicies = [policy], ResourcePolicies = [policy] });
                }
            }
        }
    }
}
