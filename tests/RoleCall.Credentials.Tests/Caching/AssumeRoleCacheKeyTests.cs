using RoleCall.Credentials.Caching;
using RoleCall.Credentials.Providers;

namespace RoleCall.Credentials.Tests.Caching;

/// <summary>The AWS CLI's cache file names (worked values from aws-cli-behaviour.md and a real `aws` run).</summary>
public sealed class AssumeRoleCacheKeyTests
{
    [Fact]
    public void Should_hash_a_bare_role_arn_like_the_aws_cli() =>
        Assert.Equal("51e7b105b5040ce662656c8dc6ab4de70c4de7ad", AssumeRoleCacheKey.For(new AssumeRoleOptions("arn:aws:iam::123456789012:role/Admin")));

    [Fact]
    public void Should_include_a_configured_session_name() =>
        Assert.Equal("3bb32a2920a40a5690d3fe4645e7c1ededd4319d", AssumeRoleCacheKey.For(new AssumeRoleOptions("arn:aws:iam::123456789012:role/Admin", SessionName: "alice")));

    [Fact]
    public void Should_sort_keys_and_write_duration_as_an_integer() =>
        Assert.Equal("26e8dc672e8c899e854628fe4277ce61c61b71d9", AssumeRoleCacheKey.For(new AssumeRoleOptions(
            "arn:aws:iam::123456789012:role/Admin", ExternalId: "xyz", MfaSerial: "arn:aws:iam::111111111111:mfa/alice", DurationSeconds: 3600)));

    [Fact]
    public void Should_match_the_file_the_aws_cli_v1_wrote_for_external_id_and_mfa() =>
        Assert.Equal("0fcf7d4ad354ad1d9dab13cd39b8f3eaed5fe818", AssumeRoleCacheKey.For(new AssumeRoleOptions(
            "arn:aws:iam::123456789012:role/Admin", ExternalId: "xyz", MfaSerial: "arn:aws:iam::123456789012:mfa/alice")));

    [Fact]
    public void Should_write_json_as_python_json_dumps_does()
    {
        var text = PythonJson.Dumps([new("b", "é+<>&\"\\\n"), new("a", 1), new("c", new List<KeyValuePair<string, object>>())], sortKeys: true);
        Assert.Equal("{\"a\": 1, \"b\": \"\\u00e9+<>&\\\"\\\\\\n\", \"c\": {}}", text);
    }

    [Fact]
    public void Should_indent_like_json_dumps_with_indent_2()
    {
        var text = PythonJson.DumpsIndented([new("Version", 1), new("AccessKeyId", "AKIA")], 2);
        Assert.Equal("{\n  \"Version\": 1,\n  \"AccessKeyId\": \"AKIA\"\n}", text);
    }
}
