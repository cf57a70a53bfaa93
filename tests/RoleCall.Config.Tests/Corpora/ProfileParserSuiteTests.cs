using System.Text.Json.Nodes;
using RoleCall.Config.Profiles;
using RoleCall.Config.Tests.Differential;
using RoleCall.Config.Tests.Support;
using RoleCall.Core.Errors;

namespace RoleCall.Config.Tests.Corpora;

/// <summary>
/// The cross-SDK profile-parser-tests.json (smithy-rs corpus). RoleCall follows botocore, so every case is
/// first judged by botocore and RoleCall must match botocore; then RoleCall must match the suite's expected
/// output except in exactly the cases listed in <see cref="BotocoreDifferences"/> (also in docs/readme/config.md).
/// </summary>
public sealed class ProfileParserSuiteTests : IDisposable
{
    /// <summary>Cases where botocore (and so the AWS CLI and RoleCall) reads the files differently from the suite.</summary>
    public static readonly IReadOnlyDictionary<string, string> BotocoreDifferences = SuiteDifferences.Parser;

    private static readonly string SuiteFile = Path.Combine(
        RepoPaths.Corpora, "aws-config-smithy-rs", "aws", "rust-runtime", "aws-runtime", "test-data", "profile-parser-tests.json");

    private readonly string _dir = Directory.CreateTempSubdirectory("rolecall-parser-suite-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Should_match_botocore_on_every_case_and_the_suite_except_the_documented_differences()
    {
        var cases = JsonNode.Parse(File.ReadAllText(SuiteFile))!["tests"]!.AsArray();
        Assert.Equal(65, cases.Count);
        var request = new JsonArray();
        var paths = new List<(string Config, string Credentials)>();
        for (var i = 0; i < cases.Count; i++)
        {
            var input = cases[i]!["input"]!;
            var config = Write($"{i}-config", input["configFile"]);
            var credentials = Write($"{i}-credentials", input["credentialsFile"]);
            paths.Add((config, credentials));
            request.Add(new JsonObject { ["config"] = config, ["credentials"] = credentials });
        }

        var verdicts = JsonNode.Parse(Python.Run(RepoPaths.TestSource("Differential", "botocore_profiles.py"), request.ToJsonString()))!.AsArray();
        var differFromSuite = new SortedSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < cases.Count; i++)
        {
            var name = cases[i]!["name"]!.GetValue<string>();
            var ours = Parse(paths[i]);
            var botocore = verdicts[i]!;
            Assert.True(SameAsBotocore(ours, botocore), $"{name}\nbotocore: {botocore.ToJsonString()}\nrolecall: {ours?.ToJsonString() ?? "error"}");
            if (!SameAsSuite(ours, cases[i]!["output"]!))
            {
                differFromSuite.Add(name);
            }
        }

        var undocumented = differFromSuite.Except(BotocoreDifferences.Keys).ToList();
        var stale = BotocoreDifferences.Keys.Except(differFromSuite).ToList();
        Assert.True(undocumented.Count == 0 && stale.Count == 0,
            $"undocumented differences: [{string.Join(" | ", undocumented)}]; listed but not different: [{string.Join(" | ", stale)}]");
    }

    private static JsonObject? Parse((string Config, string Credentials) paths)
    {
        try
        {
            return ProfileSetJson.From(ProfileSet.Load(AwsPaths.From(AwsEnvironment.From(new Dictionary<string, string>
            {
                ["AWS_CONFIG_FILE"] = paths.Config,
                ["AWS_SHARED_CREDENTIALS_FILE"] = paths.Credentials,
            }))));
        }
        catch (ConfigurationException)
        {
            return null;
        }
    }

    private static bool SameAsBotocore(JsonObject? ours, JsonNode botocore) =>
        ours is null ? botocore["error"] is not null : JsonNode.DeepEquals(ours, botocore);

    /// <summary>The suite lists profiles and sso_sessions only; an absent sso_sessions means none.</summary>
    private static bool SameAsSuite(JsonObject? ours, JsonNode expected)
    {
        if (expected["errorContaining"] is not null || ours is null)
        {
            return expected["errorContaining"] is not null && ours is null;
        }

        var config = expected["config"]!;
        return JsonNode.DeepEquals(ours["profiles"], config["profiles"])
            && JsonNode.DeepEquals(ours["sso_sessions"], config["sso_sessions"] ?? new JsonObject());
    }

    private string Write(string name, JsonNode? text)
    {
        var path = Path.Combine(_dir, name);
        if (text is not null)
        {
            File.WriteAllText(path, text.GetValue<string>());
        }

        return path;
    }
}
