using System.Text;
using BenchmarkDotNet.Attributes;
using RoleCall.Config;
using RoleCall.Config.Profiles;

namespace RoleCall.Benchmarks.Config;

/// <summary>
/// Parse and resolve a 1,000-profile config file (plus a 1,000-section credentials file), as
/// `rolecall configure get region --profile P` does on every call.
/// Run: dotnet run -c Release --project bench/RoleCall.Benchmarks -- --filter '*ProfileParse*'
/// </summary>
[MemoryDiagnoser]
public class ProfileParseBenchmarks
{
    private const int Profiles = 1000;
    private string _config = string.Empty;
    private string _credentials = string.Empty;
    private AwsEnvironment _environment = AwsEnvironment.Empty;
    private AwsPaths _paths = null!;

    [GlobalSetup]
    public void Setup()
    {
        var config = new StringBuilder("[default]\nregion = us-east-1\noutput = json\n");
        var credentials = new StringBuilder();
        for (var i = 0; i < Profiles; i++)
        {
            config.Append("\n# team ").Append(i).Append('\n')
                .Append("[profile p").Append(i).Append("]\n")
                .Append("region = eu-west-").Append(i % 3 + 1).Append('\n')
                .Append("role_arn = arn:aws:iam::123456789012:role/Role").Append(i).Append('\n')
                .Append("source_profile = default\n")
                .Append("s3 =\n    max_concurrent_requests = 20\n    addressing_style = path\n");
            credentials.Append("[p").Append(i).Append("]\naws_access_key_id = AKIDEXAMPLE").Append(i)
                .Append("\naws_secret_access_key = secret").Append(i).Append('\n');
        }

        _config = config.ToString();
        _credentials = credentials.ToString();
        _environment = AwsEnvironment.From(new Dictionary<string, string> { ["HOME"] = "/home/bench" });
        _paths = AwsPaths.From(_environment, windows: false);
    }

    [Benchmark]
    public string? ParseAndResolve()
    {
        var files = ProfileSet.Parse(_config, _credentials, "/home/bench/.aws/config", "/home/bench/.aws/credentials");
        return new ProfileResolver(_environment, _paths, files).Resolve("p500").Region?.Value;
    }

    [Benchmark]
    public int ParseConfigOnly() => ProfileSet.Parse(_config, null).Profiles.Count;
}
