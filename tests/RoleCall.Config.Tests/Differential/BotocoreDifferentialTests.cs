using System.Text.Json.Nodes;
using RoleCall.Config.Profiles;
using RoleCall.Config.Tests.Support;
using RoleCall.Core.Errors;

namespace RoleCall.Config.Tests.Differential;

/// <summary>
/// Issue 2, "verify as a user would": botocore (the AWS CLI's parser) and RoleCall read every fixture pair
/// under tests/Fixtures/config/pairs and must agree exactly: the same profiles, sso-sessions, services, the
/// same profile order, and an error from both or from neither.
/// </summary>
public sealed class BotocoreDifferentialTests
{
    private static readonly Lazy<Dictionary<string, JsonNode>> Verdicts = new(JudgeAll);

    public static TheoryData<string> Pairs() => [.. PairNames()];

    private static List<string> PairNames() =>
        [.. Directory.GetDirectories(RepoPaths.FixturePairs).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal)];

    [Fact]
    public void Should_have_at_least_60_fixture_pairs()
    {
        Assert.True(PairNames().Count >= 60, $"only {PairNames().Count} pairs under {RepoPaths.FixturePairs}");
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Should_parse_every_fixture_pair_exactly_as_botocore_does(string pair)
    {
        var verdict = Verdicts.Value[pair];
        var (config, credentials) = PathsOf(pair);
        ProfileSet ours;
        try
        {
            ours = ProfileSet.Load(AwsPaths.From(AwsEnvironment.From(new Dictionary<string, string>
            {
                ["AWS_CONFIG_FILE"] = config,
                ["AWS_SHARED_CREDENTIALS_FILE"] = credentials,
            })));
        }
        catch (ConfigurationException e)
        {
            Assert.True(verdict["error"] is not null, $"RoleCall rejected {pair} ({e.Message}) but botocore parsed it: {verdict.ToJsonString()}");
            Assert.Contains(Path.GetDirectoryName(config)!, e.Message, StringComparison.Ordinal);
            return;
        }

        Assert.True(verdict["error"] is null, $"botocore rejected {pair} ({verdict["error"]}) but RoleCall parsed it");
        var mine = ProfileSetJson.From(ours);
        Assert.True(JsonNode.DeepEquals(verdict, mine), $"{pair}\nbotocore: {verdict.ToJsonString()}\nrolecall: {mine.ToJsonString()}");
        Assert.Equal(verdict["order"]!.ToJsonString(), mine["order"]!.ToJsonString());
    }

    private static (string Config, string Credentials) PathsOf(string pair)
    {
        var dir = Path.Combine(RepoPaths.FixturePairs, pair);
        return (Path.Combine(dir, "config"), Path.Combine(dir, "credentials"));
    }

    /// <summary>One python process judges every pair (process start-up is the slow part).</summary>
    private static Dictionary<string, JsonNode> JudgeAll()
    {
        var names = PairNames();
        var request = new JsonArray([.. names.Select(n =>
        {
            var (config, credentials) = PathsOf(n);
            return (JsonNode)new JsonObject { ["config"] = config, ["credentials"] = credentials };
        })]);
        var output = Python.Run(RepoPaths.TestSource("Differential", "botocore_profiles.py"), request.ToJsonString());
        var verdicts = JsonNode.Parse(output)!.AsArray();
        return names.Zip(verdicts).ToDictionary(p => p.First, p => p.Second!);
    }
}
