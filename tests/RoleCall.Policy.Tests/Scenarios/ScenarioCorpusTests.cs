using RoleCall.Policy.Authorization;

namespace RoleCall.Policy.Tests.Scenarios;

/// <summary>
/// Runs every scenario of tests/Fixtures/policy/scenarios (derived from the IAM User Guide's examples and
/// evaluation rules): the decision, the deciding statement and the denial reason must be AWS's.
/// </summary>
public sealed class ScenarioCorpusTests
{
    private static string Folder => RepoPaths.Fixtures("scenarios");

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder, "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Fact]
    public void Should_hold_at_least_200_scenarios()
    {
        Assert.True(Directory.GetFiles(Folder, "*.json").Length >= 200);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Should_decide_each_scenario_as_aws_does(string file)
    {
        var scenario = Scenario.Load(Path.Combine(Folder, file));
        var matched = new List<MatchedStatement>();
        var result = Authorizer.Authorize(scenario.Request, matched);
        var explain = $"{result}; matched: [{string.Join(", ", matched)}]; errors: [{string.Join(", ", result.Errors)}]";
        Assert.True(scenario.Decision == result.Decision, $"expected {scenario.Decision}, got {explain}");
        if (scenario.Statement is not null)
        {
            var deciding = result.DecidingStatement is { } s ? $"{s.PolicyId}/{s.Statement.DisplayName}" : null;
            Assert.True(scenario.Statement == deciding, $"expected deciding statement {scenario.Statement}, got {explain}");
        }

        if (scenario.Reason is { } reason)
        {
            Assert.True(reason == result.Reason, $"expected reason {reason}, got {explain}");
        }

        // The same request decided without collecting matches must agree (the hot path takes no other branch).
        Assert.Equal(result.Decision, Authorizer.Authorize(scenario.Request).Decision);
    }
}
