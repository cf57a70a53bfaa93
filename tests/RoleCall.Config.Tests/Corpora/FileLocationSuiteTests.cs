using System.Text.Json.Nodes;
using RoleCall.Config.Profiles;
using RoleCall.Config.Tests.Support;

namespace RoleCall.Config.Tests.Corpora;

/// <summary>
/// The cross-SDK file-location-tests.json (smithy-rs corpus), with the platform faked. RoleCall computes the
/// paths as botocore does (judged by python's ntpath/posixpath, as botocore uses them); where that differs
/// from the suite the case is listed in <see cref="BotocoreDifferences"/> and in docs/readme/config.md.
/// </summary>
public sealed class FileLocationSuiteTests
{
    public static readonly IReadOnlyDictionary<string, string> BotocoreDifferences = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // Python 3.8+ ntpath.expanduser ignores HOME: botocore on Windows reads USERPROFILE, here "ignored".
        ["User home is loaded from $HOME with highest priority on windows platforms."] = @"ignored\.aws\config",
        // Both windows override cases set HOME but not USERPROFILE: the default file keeps its literal `~`.
        ["The default credentials location can be overridden by the user on windows platforms."] = @"~\.aws\credentials or ~\.aws\config",
    };

    private static readonly string SuiteFile = Path.Combine(
        RepoPaths.Corpora, "aws-config-smithy-rs", "aws", "rust-runtime", "aws-runtime", "test-data", "file-location-tests.json");

    [Fact]
    public void Should_locate_the_files_as_botocore_does_and_as_the_suite_says_except_the_documented_cases()
    {
        var cases = JsonNode.Parse(File.ReadAllText(SuiteFile))!["tests"]!.AsArray();
        var request = new JsonArray([.. cases.Select(c => (JsonNode)new JsonObject
        {
            ["environment"] = c!["environment"]!.DeepClone(),
            ["platform"] = c["platform"]!.DeepClone(),
        })]);
        var botocore = JsonNode.Parse(Python.Run(RepoPaths.TestSource("Differential", "botocore_locations.py"), request.ToJsonString()))!.AsArray();
        var differ = new SortedSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < cases.Count; i++)
        {
            var test = cases[i]!;
            var variables = test["environment"]!.AsObject().ToDictionary(kv => kv.Key, kv => kv.Value!.GetValue<string>());
            var environment = AwsEnvironment.From(variables);
            var paths = AwsPaths.From(environment, windows: test["platform"]!.GetValue<string>() == "windows");
            var profile = new ProfileResolver(environment, paths, ProfileSet.Parse(null, null)).SelectProfile(null).Name;

            var judged = botocore[i]!.AsArray();
            Assert.Equal(judged[0]!.GetValue<string>().Replace('/', Separator(paths)), paths.ConfigFile);
            Assert.Equal(judged[1]!.GetValue<string>().Replace('/', Separator(paths)), paths.CredentialsFile);
            Assert.Equal(judged[2]!.GetValue<string>(), profile);
            if (paths.ConfigFile != test["configLocation"]!.GetValue<string>()
                || paths.CredentialsFile != test["credentialsLocation"]!.GetValue<string>()
                || (test["profile"] is { } expected && expected.GetValue<string>() != profile))
            {
                differ.Add(test["name"]!.GetValue<string>());
            }
        }

        Assert.Equal(BotocoreDifferences.Keys.Order(StringComparer.Ordinal), differ);
    }

    /// <summary>botocore's Windows paths mix separators (`C:\users\user/.aws/config`); RoleCall writes `\` throughout.</summary>
    private static char Separator(AwsPaths paths) => paths.IsWindows ? '\\' : '/';
}
