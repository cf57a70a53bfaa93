using System.Text.Json.Nodes;
using RoleCall.Config;
using RoleCall.Core.Errors;
using RoleCall.Credentials.Chain;
using RoleCall.Credentials.Mfa;
using RoleCall.Credentials.Tests.Support;

namespace RoleCall.Credentials.Tests.Chain;

/// <summary>
/// The cross-SDK assume-role-tests.json (smithy-rs, 28 cases): profile maps in, the provider chain (or an
/// error) out, without I/O. The suite's error substrings are Rust's; where RoleCall words it differently the
/// table below names RoleCall's fragment for the same condition.
/// </summary>
public sealed class AssumeRoleCorpusTests
{
    private static readonly Dictionary<string, string> ErrorWording = new(StringComparer.Ordinal)
    {
        ["profile contained both source_profile and credential_source"] = "contained both source_profile and credential_source",
        ["No profiles were defined"] = "The config profile (A) could not be found",
        // botocore's PartialCredentialsError, as the AWS CLI prints it (issue 16, item 5).
        ["profile missing aws_secret_access_key"] = "Partial credentials found in config-file, missing: aws_secret_access_key",
        ["profile missing aws_access_key_id"] = "Partial credentials found in config-file, missing: aws_access_key_id",
    };

    private static readonly string CorpusFile = Path.Combine(RepoPaths.SmithyTestData, "assume-role-tests.json");

    public static TheoryData<int, string> Cases
    {
        get
        {
            var data = new TheoryData<int, string>();
            var cases = JsonNode.Parse(File.ReadAllText(CorpusFile))!.AsArray();
            for (var i = 0; i < cases.Count; i++)
            {
                data.Add(i, cases[i]!["docs"]!.GetValue<string>());
            }

            return data;
        }
    }

    [Fact]
    public void Should_have_all_28_cases() => Assert.Equal(28, Cases.Count);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Should_build_the_chain_the_cross_sdk_suite_expects(int index, string docs)
    {
        var test = JsonNode.Parse(File.ReadAllText(CorpusFile))!.AsArray()[index]!;
        var input = test["input"]!;
        var builder = new CredentialChainBuilder(Maps(input["profiles"]), AwsEnvironment.Empty, Services(), Maps(input["sso_sessions"]));
        var selected = input["selected_profile"]!.GetValue<string>();
        var output = test["output"]!;

        if (output["Error"] is { } error)
        {
            var expected = error.GetValue<string>();
            var thrown = Assert.ThrowsAny<RoleCallException>(() => builder.Build(selected, profileExplicit: true, includeMetadata: false));
            Assert.Contains(ErrorWording.GetValueOrDefault(expected, expected), thrown.Message, StringComparison.Ordinal);
            return;
        }

        var chain = ChainDescriber.Describe(builder.Build(selected, profileExplicit: true, includeMetadata: false));
        Assert.True(JsonNode.DeepEquals(Normalize(output["ProfileChain"]!), chain), $"{docs}\nexpected {output["ProfileChain"]!.ToJsonString()}\nactual   {chain.ToJsonString()}");
    }

    private static Dictionary<string, Config.Profiles.ProfileSection> Maps(JsonNode? node) =>
        Profiles.From(node is null
            ? []
            : node.AsObject().Select(p => KeyValuePair.Create(p.Key, p.Value!.AsObject().ToDictionary(kv => kv.Key, kv => kv.Value!.GetValue<string>()))));

    /// <summary>Members sorted by name so the comparison ignores the corpus's member order.</summary>
    private static JsonNode Normalize(JsonNode node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)Normalize(kv.Value!)))),
        JsonArray a => new JsonArray([.. a.Select(n => Normalize(n!))]),
        _ => JsonNode.Parse(node.ToJsonString())!,
    };

    internal static ChainServices Services() =>
        new(new FakeSts(TimeProvider.System), new NoMfaTokenSource(), null, TimeProvider.System, new NoNetworkHandler(), p => p);
}
