using System.Text.Json.Nodes;
using RoleCall.Config;
using RoleCall.Config.Profiles;
using RoleCall.Core.Errors;
using RoleCall.Credentials.Chain;
using RoleCall.Credentials.Endpoints;
using RoleCall.Credentials.Mfa;
using RoleCall.Credentials.Sts;
using RoleCall.Credentials.Tests.Support;

namespace RoleCall.Credentials.Tests.Chain;

/// <summary>
/// The smithy-rs provider-chain scenarios that do not depend on SSO: a virtual filesystem (copied under a temp
/// root; absolute paths in the environment and profiles are mapped into it), the environment, and recorded
/// HTTP traffic replayed to the real STS client and the IMDS/container providers. `ErrorContains` is Rust's
/// wording, so it is read as "must fail" (SOURCE.md).
/// </summary>
public sealed class ProviderChainScenarioTests
{
    // These three run with the clock at the Unix epoch in smithy-rs (their IMDS credentials expire in 2021).
    private static readonly HashSet<string> EpochClock = ["imds_default_chain_success", "imds_config_with_no_creds", "imds_default_chain_retries"];

    public static TheoryData<string> Scenarios
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var group in (string[])["default-credential-provider-chain", "profile-provider"])
            {
                foreach (var dir in Directory.GetDirectories(Path.Combine(RepoPaths.SmithyTestData, group)).Order(StringComparer.Ordinal))
                {
                    if (!Path.GetFileName(dir).Contains("sso", StringComparison.Ordinal))
                    {
                        data.Add($"{group}/{Path.GetFileName(dir)}");
                    }
                }
            }

            return data;
        }
    }

    [Fact]
    public void Should_cover_the_39_scenarios_without_sso() => Assert.Equal(39, Scenarios.Count);

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Should_resolve_the_scenario_as_the_sdks_do(string scenario)
    {
        var dir = Path.Combine(RepoPaths.SmithyTestData, scenario);
        var root = Path.Combine(Path.GetTempPath(), "rolecall-scenario-" + Guid.NewGuid().ToString("N"));
        try
        {
            if (Directory.Exists(Path.Combine(dir, "fs")))
            {
                CopyDirectory(Path.Combine(dir, "fs"), root);
            }

            var result = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(dir, "test-case.json")))!["result"]!;
            var outcome = await ResolveAsync(dir, root, EpochClock.Contains(Path.GetFileName(dir)));
            if (result["Ok"] is { } ok)
            {
                var credentials = Assert.IsType<Core.Identity.AwsCredentials>(outcome);
                Assert.Equal(ok["access_key_id"]!.GetValue<string>(), credentials.AccessKeyId);
                Assert.Equal(ok["secret_access_key"]!.GetValue<string>(), credentials.SecretAccessKey);
                Assert.Equal(ok["session_token"]?.GetValue<string>(), credentials.SessionToken);
                if (ok["account_id"] is { } account)
                {
                    Assert.Equal(account.GetValue<string>(), credentials.AccountId);
                }

                if (ok["expiry"] is { } expiry)
                {
                    Assert.Equal(expiry.GetValue<long>(), credentials.Expiration!.Value.ToUnixTimeSeconds());
                }
            }
            else
            {
                Assert.IsAssignableFrom<RoleCallException>(outcome);
            }
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    private static async Task<object> ResolveAsync(string dir, string root, bool epoch)
    {
        // Paths into the virtual filesystem; a path already under the root is left alone.
        string Map(string path) => path.StartsWith('/') && !path.StartsWith(root, StringComparison.Ordinal) ? root + path : path;
        var variables = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(dir, "env.json")))!.AsObject()
            .ToDictionary(kv => kv.Key, kv => kv.Value!.GetValue<string>() is var v && kv.Key is "HOME" or "AWS_WEB_IDENTITY_TOKEN_FILE" or "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE" ? Map(v) : v);
        var environment = AwsEnvironment.From(variables);
        var replay = new ReplayHandler(Path.Combine(dir, "http-traffic.json"));
        var clock = epoch ? new ManualClock(DateTimeOffset.UnixEpoch) : (TimeProvider)TimeProvider.System;
        try
        {
            var resolver = new ProfileResolver(environment, AwsPaths.From(environment, windows: false));
            var profile = resolver.Resolve();
            using var http = new HttpClient(replay, disposeHandler: false);
            var sts = StsClient.Create(http, EndpointResolver.SettingsFor("sts", profile, environment),
                new QueryClientOptions { Retry = RetryPolicy.Standard with { Delay = static (_, _) => Task.CompletedTask } });
            var services = new ChainServices(sts, new NoMfaTokenSource(), null, clock, replay, Map);
            var builder = new CredentialChainBuilder(resolver.Files.Profiles, environment, services, resolver.Files.SsoSessions);
            // The profile-provider scenarios exercise the profile alone: no environment keys, no metadata endpoints.
            var defaultChain = dir.Contains("default-credential-provider-chain", StringComparison.Ordinal);
            return await builder.Build(profile.Name, profileExplicit: !defaultChain, includeMetadata: defaultChain).ResolveAsync(default);
        }
        catch (RoleCallException e)
        {
            return e;
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
