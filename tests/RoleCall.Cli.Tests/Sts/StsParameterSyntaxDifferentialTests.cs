using RoleCall.Cli.Tests.Configure;

namespace RoleCall.Cli.Tests.Sts;

/// <summary>
/// Tutorial 001's `sts assume-role --policy file://...` and `--policy-arns` (shorthand and JSON), mistyped as a new
/// user mistypes them, with the AWS CLI v2 (/usr/bin/aws) as the judge of stdout, stderr and exit code: a paramfile
/// that is not there, a key without `=`, a member the model lacks or a required one left out, each stopped before
/// any call in botocore's words (rolecall adds only a `hint:` line to a parsing error). Found in the tutorial walk-through of
/// session 8: rolecall printed .NET's resource keys (`IO_FileNotFound_FileName`) and its own shorthand wording.
/// </summary>
public sealed class StsParameterSyntaxDifferentialTests : IDisposable
{
    private const string Nowhere = "http://127.0.0.1:9";

    private readonly ConfigureHarness _cli = new();

    public StsParameterSyntaxDifferentialTests()
    {
        _cli.Environment["AWS_ACCESS_KEY_ID"] = "AKIAIOSFODNN7EXAMPLE";
        _cli.Environment["AWS_SECRET_ACCESS_KEY"] = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    }

    public void Dispose() => _cli.Dispose();

    public static TheoryData<string[]> MistypedParameters() => new(
        ["--policy", "file://no-such-policy.json"],
        ["--policy", "file://~/no-such-policy.json"],
        ["--policy-arns", "arn"],
        ["--policy-arns", "arn,x=y"],
        ["--policy-arns", "name=arn:aws:iam::123456789012:policy/OnlyList"],
        ["--policy-arns", "=x"],
        ["--policy-arns", "arn=arn:aws:iam::123456789012:policy/OnlyList,name=b", "--tags", "Key=a,Val=b"],
        ["--policy-arns", "[{\"name\": \"x\"}]", "--tags", "Key=a"],
        ["--role-session-name", "s", "--policy-arns", "name=x"]);

    [Theory]
    [MemberData(nameof(MistypedParameters))]
    public void Should_stop_a_mistyped_assume_role_parameter_as_the_aws_cli_v2_does(string[] parameters)
    {
        string[] line = ["sts", "assume-role", "--role-arn", "arn:aws:iam::123456789012:role/site-deployer", "--role-session-name", "tutorial",
            .. parameters, "--region", "us-east-1", "--endpoint-url", Nowhere];
        var v2 = _cli.AwsV2(line);
        var ours = _cli.RunAny(line);

        Assert.True(v2.Code == 252, $"aws v2 exited {v2.Code}: {v2.Err}");
        Assert.Equal((v2.Code, v2.Out, v2.Err), (ours.Code, ours.Out, WithoutHint(ours.Err)));
    }

    [Fact]
    public void Should_stop_a_federation_token_tag_without_its_value_as_the_aws_cli_v2_does()
    {
        string[] line = ["sts", "get-federation-token", "--name", "tutorial", "--tags", "Key=team", "--region", "us-east-1", "--endpoint-url", Nowhere];
        var v2 = _cli.AwsV2(line);
        var ours = _cli.RunAny(line);

        Assert.Equal((252, "\nParameter validation failed:\nMissing required parameter in Tags[0]: \"Value\"\n"), (v2.Code, v2.Err));
        Assert.Equal((v2.Code, v2.Out, v2.Err), (ours.Code, ours.Out, WithoutHint(ours.Err)));
    }

    [Theory]
    [InlineData("sts", "assume-role", "--role-arn", "arn:aws:iam::123456789012:role/site-deployer", "--role-session-name", "tutorial", "--policy-arns")]
    [InlineData("iam", "create-role", "--role-name", "tutorial", "--assume-role-policy-document", "{}", "--tags")]
    public void Should_point_at_where_the_json_breaks_as_the_aws_cli_v2_does(params string[] command)
    {
        string[] line = [.. command, "[{\"arn\":}]", "--region", "us-east-1", "--endpoint-url", Nowhere];
        var v2 = _cli.AwsV2(line);
        var ours = _cli.RunAny(line);

        // Python's reason ("Expecting value") is not .NET's; the place and the JSON received are the same.
        var option = command[^1];
        Assert.Equal(252, v2.Code);
        Assert.Contains(": line 1 column 9 (char 8)\nJSON received: [{\"arn\":}]\n", v2.Err, StringComparison.Ordinal);
        Assert.Equal(252, ours.Code);
        Assert.StartsWith($"\nError parsing parameter '{option}': Invalid JSON: line 1 column 9 (char 8)\nJSON received: [{{\"arn\":}}]\n", ours.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_read_the_policy_file_from_the_home_directory_and_each_json_object_of_policy_arns()
    {
        File.WriteAllText(Path.Combine(_cli.Home, "policy.json"), "{\"Version\": \"2012-10-17\", \"Statement\": []}");
        string[] line = ["sts", "assume-role", "--role-arn", "arn:aws:iam::123456789012:role/site-deployer", "--role-session-name", "tutorial",
            "--policy", "file://~/policy.json", "--policy-arns", "{\"arn\": \"arn:aws:iam::123456789012:policy/OnlyList\"}",
            "{\"arn\": \"arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess\"}", "--region", "us-east-1", "--endpoint-url", Nowhere];
        var v2 = _cli.AwsV2([.. line, "--cli-connect-timeout", "1"]);
        var ours = _cli.RunAny([.. line, "--cli-connect-timeout", "1"]);

        // Both read every parameter and only then fail to reach the endpoint.
        Assert.Equal((255, $"\nCould not connect to the endpoint URL: \"{Nowhere}/\"\n"), (v2.Code, v2.Err));
        Assert.Equal((v2.Code, v2.Out, v2.Err), (ours.Code, ours.Out, WithoutHint(ours.Err)));
    }

    private static string WithoutHint(string stderr) =>
        string.Concat(stderr.Split('\n').Where(l => !l.StartsWith("hint: ", StringComparison.Ordinal)).Select(l => l + "\n"))[..^1];
}
