using System.Text;
using System.Text.Json;
using RoleCall.Config;
using RoleCall.Config.Profiles;
using RoleCall.Credentials.Endpoints;

namespace RoleCall.Credentials.Tests.Endpoints;

/// <summary>
/// The cross-SDK configured-endpoint suite botocore runs
/// (tests/Fixtures/aws-config-botocore/.../profile-tests.json, 39 cases): each case's profiles are written
/// to a real config file and read through the config project's resolver, so the parser, the profile's
/// `services` section and the endpoint precedence are tested together.
/// </summary>
public sealed class ConfiguredEndpointCorpusTests : IDisposable
{
    private static readonly JsonElement Suite = LoadSuite();
    private readonly string _dir = Directory.CreateTempSubdirectory("rolecall-endpoints-").FullName;

    public static TheoryData<int> Cases
    {
        get
        {
            var data = new TheoryData<int>();
            for (var i = 0; i < Suite.GetProperty("endpointUrlTests").GetArrayLength(); i++)
            {
                data.Add(i);
            }

            return data;
        }
    }

    [Fact]
    public void Should_find_all_39_cases() => Assert.Equal(39, Cases.Count);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Should_resolve_the_endpoint_the_suite_expects(int index)
    {
        var test = Suite.GetProperty("endpointUrlTests")[index];
        var configFile = Path.Combine(_dir, "config");
        File.WriteAllText(configFile, ConfigText());
        var variables = new Dictionary<string, string>
        {
            ["AWS_CONFIG_FILE"] = configFile,
            ["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(_dir, "credentials"),
            ["HOME"] = _dir,
        };
        foreach (var variable in Suite.GetProperty("environments").GetProperty(test.GetProperty("environment").GetString()!).EnumerateObject())
        {
            variables[variable.Name] = variable.Value.GetString()!;
        }

        var client = Suite.GetProperty("client_configs").GetProperty(test.GetProperty("client_config").GetString()!);
        var explicitUrl = client.TryGetProperty("endpoint_url", out var url) ? url.GetString() : null;
        var ignore = client.TryGetProperty("ignore_configured_endpoint_urls", out var flag) && flag.GetBoolean();
        var environment = AwsEnvironment.From(variables);
        var profile = new ProfileResolver(environment, AwsPaths.From(environment)).Resolve(test.GetProperty("profile").GetString());
        var service = test.GetProperty("service").GetString()!;

        var endpoint = EndpointResolver.Resolve(EndpointResolver.SettingsFor(service, profile, environment, explicitUrl, ignore));

        Assert.Equal(test.GetProperty("output").GetProperty("endpointUrl").GetString()!.TrimEnd('/'), endpoint.Url.ToString().TrimEnd('/'));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string ConfigText()
    {
        var text = new StringBuilder();
        foreach (var profile in Suite.GetProperty("profiles").EnumerateObject())
        {
            text.Append(profile.Name == "default" ? "[default]\n" : $"[profile {profile.Name}]\n");
            foreach (var setting in profile.Value.EnumerateObject())
            {
                text.Append($"{setting.Name} = {setting.Value.GetString()}\n");
            }
        }

        foreach (var section in Suite.GetProperty("services").EnumerateObject())
        {
            text.Append($"[services {section.Name}]\n");
            foreach (var service in section.Value.EnumerateObject())
            {
                text.Append($"{service.Name} =\n");
                foreach (var setting in service.Value.EnumerateObject())
                {
                    text.Append($"  {setting.Name} = {setting.Value.GetString()}\n");
                }
            }
        }

        return text.ToString();
    }

    private static JsonElement LoadSuite()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "RoleCall.slnx")))
        {
            dir = dir.Parent;
        }

        var root = dir?.FullName ?? FromSource();
        var file = Path.Combine(root, "tests", "Fixtures", "aws-config-botocore", "tests", "functional", "configured_endpoint_urls", "profile-tests.json");
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        return json.RootElement.GetProperty("testSuites")[0].Clone();
    }

    private static string FromSource([System.Runtime.CompilerServices.CallerFilePath] string path = "")
    {
        var dir = new DirectoryInfo(Path.GetDirectoryName(path)!);
        while (!File.Exists(Path.Combine(dir.FullName, "RoleCall.slnx")))
        {
            dir = dir.Parent!;
        }

        return dir.FullName;
    }
}
