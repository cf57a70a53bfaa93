using System.Text.Json.Nodes;
using RoleCall.Policy.Authorization;
using RoleCall.Policy.Evaluation;
using RoleCall.Policy.Parsing;

namespace RoleCall.Policy.Tests.Parsing;

/// <summary>
/// The iam-rs corpus as a smoke test (its expectations come from that library, not AWS): every policy, mostly
/// AWS documentation examples, must parse; the five evaluation cases must agree.
/// </summary>
public sealed class IamRsCorpusTests
{
    private static string Corpus(params string[] parts) => RepoPaths.Corpus(["iam-policy-iam-rs", "tests", .. parts]);

    public static TheoryData<string> Policies()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Corpus("policies"), "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Policies))]
    public void Should_parse_every_documentation_policy_of_the_corpus(string file)
    {
        var text = File.ReadAllText(Corpus("policies", file));
        // Documents with a Principal are resource-based policies; the rest are identity policies.
        var kind = text.Contains("\"Principal\"", StringComparison.Ordinal) || text.Contains("\"NotPrincipal\"", StringComparison.Ordinal)
            ? PolicyKind.Resource
            : PolicyKind.Identity;
        var result = PolicyParser.Parse(text, kind, file);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
    }

    [Theory]
    [InlineData("1.json")]
    [InlineData("2.json")]
    [InlineData("3.json")]
    [InlineData("4.json")]
    [InlineData("5.json")]
    public void Should_agree_with_the_corpus_evaluation_cases(string file)
    {
        var root = JsonNode.Parse(File.ReadAllText(Corpus("requests", file)))!;
        var policy = PolicyParser.Parse(root["policy"]!.ToJsonString(), PolicyKind.Identity, file).GetPolicyOrThrow();
        var request = root["request"]!;
        var principalArn = request["Principal"]!["AWS"]!.GetValue<string>();
        var context = new RequestContext(RequestPrincipal.User(principalArn, principalArn.Split(':')[4]),
            request["Action"]!.GetValue<string>(), request["Resource"]!.GetValue<string>());
        foreach (var (key, value) in request["Context"]?.AsObject() ?? [])
        {
            context.Set(key, value!.ToString());
        }

        var result = Authorizer.Authorize(new AuthorizationRequest { Context = context, IdentityPolicies = [policy] });
        var expected = root["result"]!.GetValue<string>() switch
        {
            "Allow" => Decision.Allow,
            "Deny" => Decision.ExplicitDeny,
            _ => Decision.ImplicitDeny,
        };
        Assert.Equal(expected, result.Decision);
    }
}
