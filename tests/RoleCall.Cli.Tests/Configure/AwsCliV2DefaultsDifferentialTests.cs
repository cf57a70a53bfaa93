namespace RoleCall.Cli.Tests.Configure;

/// <summary>
/// Issue 16, item 5: what the AWS CLI v2 does by default where a tutorial's user meets it, with the AWS CLI
/// v2 (/usr/bin/aws) and v1 as judges over the same HOME. rolecall's stderr is the AWS CLI's, plus its one
/// `hint:` line; stdout and exit codes are the AWS CLI v2's. No server: each case stops before any call.
/// </summary>
public sealed class AwsCliV2DefaultsDifferentialTests : IDisposable
{
    private const string Nowhere = "http://127.0.0.1:9";

    private readonly ConfigureHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Theory]
    [InlineData("sts", "get-caller-identity")]
    [InlineData("iam", "list-users")]
    [InlineData("ec2", "describe-instances")]
    public void Should_stop_without_a_region_where_the_aws_cli_v2_stops(string service, string operation)
    {
        _cli.Environment["AWS_ACCESS_KEY_ID"] = "AKIAIOSFODNN7EXAMPLE";
        _cli.Environment["AWS_SECRET_ACCESS_KEY"] = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
        AssertSameAsV2([service, operation, "--endpoint-url", Nowhere]);
    }

    [Theory]
    [InlineData("sts", "get-caller-identity")]
    [InlineData("iam", "list-users")]
    [InlineData("ec2", "describe-instances")]
    [InlineData("s3", "ls")]
    public void Should_report_an_unreachable_endpoint_in_botocores_words_and_exit_code(string service, string operation)
    {
        _cli.Environment["AWS_ACCESS_KEY_ID"] = "AKIAIOSFODNN7EXAMPLE";
        _cli.Environment["AWS_SECRET_ACCESS_KEY"] = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
        AssertSameAsV2([service, operation, "--region", "us-east-1", "--endpoint-url", Nowhere]);
    }

    [Theory]
    [InlineData("AWS_PROFILE", "AWS_REGION")]
    [InlineData("AWS_DEFAULT_PROFILE", "AWS_DEFAULT_REGION")]
    public void Should_list_where_the_profile_and_region_come_from_in_the_aws_cli_v2s_words(string profileVariable, string regionVariable)
    {
        _cli.WriteConfig("[profile dev]\nregion = eu-west-1\n");
        _cli.Environment[profileVariable] = "dev";
        _cli.Environment["AWS_ACCESS_KEY_ID"] = "AKIAIOSFODNN7EXAMPLE";
        _cli.Environment["AWS_SECRET_ACCESS_KEY"] = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
        Assert.Equal(_cli.AwsV2("configure", "list"), _cli.Run("configure", "list"));
        _cli.Environment[regionVariable] = "ap-south-1";
        Assert.Equal(_cli.AwsV2("configure", "list"), _cli.Run("configure", "list"));
    }

    [Fact]
    public void Should_report_a_key_id_without_its_secret_in_botocores_words_and_exit_code()
    {
        _cli.WriteCredentials("[half]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\n");
        AssertSameAsV2(["sts", "get-caller-identity", "--profile", "half", "--region", "us-east-1", "--endpoint-url", Nowhere]);
        AssertSameAsV2(["configure", "list", "--profile", "half"]);

        _cli.WriteCredentials(string.Empty);
        _cli.WriteConfig("[profile half]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\n");
        AssertSameAsV2(["sts", "get-caller-identity", "--profile", "half", "--region", "us-east-1", "--endpoint-url", Nowhere]);

        _cli.WriteConfig(string.Empty);
        _cli.Environment["AWS_ACCESS_KEY_ID"] = "AKIAIOSFODNN7EXAMPLE";
        AssertSameAsV2(["sts", "get-caller-identity", "--region", "us-east-1", "--endpoint-url", Nowhere]);
    }

    [Fact]
    public void Should_report_no_credentials_anywhere_in_botocores_words_and_exit_code()
    {
        // Tutorial 004's first check run before any default profile exists, and a profile with only a region:
        // the AWS CLI stops before any call with botocore's NoCredentialsError.
        _cli.Environment["AWS_EC2_METADATA_DISABLED"] = "true";
        _cli.WriteConfig("[profile user101]\nregion = us-east-1\noutput = json\n");
        AssertSameAsV2(["sts", "get-caller-identity"]);
        AssertSameAsV2(["sts", "get-caller-identity", "--region", "us-east-1", "--endpoint-url", Nowhere]);

        // Without a region, where STS needs one (an endpoint URL is set), botocore's NoRegionError comes first.
        AssertSameAsV2(["sts", "get-caller-identity", "--endpoint-url", Nowhere]);
        AssertSameAsV2(["sts", "get-session-token", "--endpoint-url", Nowhere]);
        AssertSameAsV2(["sts", "get-caller-identity", "--profile", "user101", "--endpoint-url", Nowhere]);
        AssertSameAsV2(["iam", "get-user", "--profile", "user101", "--endpoint-url", Nowhere]);
    }

    [Fact]
    public void Should_report_an_unknown_profile_in_botocores_words_and_exit_code()
    {
        _cli.WriteConfig("[profile known]\nregion = us-east-1\n");
        AssertSameAsV2(["sts", "get-caller-identity", "--profile", "unknown", "--region", "us-east-1", "--endpoint-url", Nowhere]);
        AssertSameAsV2(["configure", "get", "region", "--profile", "unknown"]);
    }

    [Fact]
    public void Should_show_a_cached_role_sessions_masked_keys_in_configure_list_as_the_aws_cli_does()
    {
        _cli.WriteConfig("[profile admin]\nrole_arn = arn:aws:iam::123456789012:role/Admin\nsource_profile = base\nregion = us-east-1\n");
        _cli.WriteCredentials("[base]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n");
        // The shared cache's key for {"RoleArn": "arn:aws:iam::123456789012:role/Admin"}, as the AWS CLI computes it.
        var cache = Path.Combine(_cli.AwsDirectory, "cli", "cache");
        Directory.CreateDirectory(cache);
        File.WriteAllText(Path.Combine(cache, "51e7b105b5040ce662656c8dc6ab4de70c4de7ad.json"), """
            {"Credentials": {"AccessKeyId": "ASIACACHEDSESSIONKEY", "SecretAccessKey": "cachedSecretAccessKeyOfTheRoleSession/Q7", "SessionToken": "token", "Expiration": "2099-01-01T00:00:00Z"},
             "AssumedRoleUser": {"AssumedRoleId": "AROAEXAMPLEROLEID0000:s", "Arn": "arn:aws:sts::123456789012:assumed-role/Admin/s"}, "ResponseMetadata": {}}
            """);

        var ours = _cli.Run("configure", "list", "--profile", "admin");
        Assert.True(ours.Code == 0, ours.Err);
        Assert.Contains("access_key     ****************NKEY      assume-role    \n", ours.Out, StringComparison.Ordinal);
        Assert.Equal(_cli.AwsV2("configure", "list", "--profile", "admin"), ours);
        Assert.Equal(_cli.Aws("configure", "list", "--profile", "admin"), ours);
    }

    [Theory]
    [InlineData("newp")]
    [InlineData(null)]
    public void Should_write_what_the_aws_cli_writes_when_every_configure_answer_is_empty(string? profile)
    {
        string[] args = profile is null ? ["configure"] : ["configure", "--profile", profile];
        var existing = "[profile other]\nregion = eu-west-1\n";
        var results = new List<string>();
        foreach (var run in new Func<(int, string, string)>[]
        {
            () => _cli.AwsWithInput("aws", "\n\n\n\n", args),
            () => _cli.AwsWithInput(ConfigureHarness.AwsV2Program, "\n\n\n\n", args),
            () => _cli.RunWithInput("\n\n\n\n", args),
        })
        {
            Reset(existing: null);
            var fresh = run();
            var freshFiles = Files();
            Reset(existing);
            run();
            results.Add($"exit {fresh.Item1}; fresh HOME: {freshFiles}; existing config: {Files()}");
        }

        Assert.Equal("exit 0; fresh HOME: (no config) (no credentials); existing config: " + existing + " (no credentials)", results[0]);
        Assert.Equal(results[0], results[1]);
        Assert.Equal(results[0], results[2]);
    }

    private void Reset(string? existing)
    {
        if (Directory.Exists(_cli.AwsDirectory))
        {
            Directory.Delete(_cli.AwsDirectory, recursive: true);
        }

        if (existing is not null)
        {
            _cli.WriteConfig(existing);
        }
    }

    private string Files() =>
        (File.Exists(_cli.ConfigFile) ? File.ReadAllText(_cli.ConfigFile) : "(no config)") + " "
        + (File.Exists(_cli.CredentialsFile) ? File.ReadAllText(_cli.CredentialsFile) : "(no credentials)");

    private void AssertSameAsV2(string[] args)
    {
        var v2 = _cli.AwsV2(args);
        var ours = _cli.RunAny(args);
        var oursWithoutHint = string.Concat(ours.Err.Split('\n').Where(l => !l.StartsWith("hint: ", StringComparison.Ordinal)).Select(l => l + "\n"))[..^1];
        Assert.Equal((v2.Code, v2.Out, v2.Err), (ours.Code, ours.Out, oursWithoutHint));
        Assert.Contains("\nhint: ", ours.Err, StringComparison.Ordinal);
    }
}
