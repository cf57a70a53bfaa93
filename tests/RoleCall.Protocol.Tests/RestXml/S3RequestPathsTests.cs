using RoleCall.Protocol.RestXml;

namespace RoleCall.Protocol.Tests.RestXml;

/// <summary>Paths as botocore sends them: `quote(key, safe='/~')`, never normalized (checked with `aws --debug`).</summary>
public sealed class S3RequestPathsTests
{
    [Theory]
    [InlineData("a.txt", "/b/a.txt")]
    [InlineData("x/../y", "/b/x/../y")]
    [InlineData("z//w", "/b/z//w")]
    [InlineData("sp ace/d+e.txt", "/b/sp%20ace/d%2Be.txt")]
    [InlineData("été~_-.!*'()", "/b/%C3%A9t%C3%A9~_-.%21%2A%27%28%29")]
    [InlineData("100%/?#", "/b/100%25/%3F%23")]
    [InlineData("/lead", "/b//lead")]
    public void Should_encode_a_key_byte_for_byte_and_keep_its_segments(string key, string expected) =>
        Assert.Equal(expected, S3RequestPaths.ObjectPath("b", key));

    [Fact]
    public void Should_encode_query_values_and_allow_bare_names() =>
        Assert.Equal("?list-type=2&prefix=a%2Fb%20c&location", S3RequestPaths.Query(("list-type", "2"), ("prefix", "a/b c"), ("location", null)));

    [Fact]
    public void Should_send_no_body_for_us_east_1_and_the_region_elsewhere()
    {
        Assert.Empty(CreateBucketConfigurationWriter.Write(null));
        Assert.Equal(
            "<CreateBucketConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><LocationConstraint>eu-west-1</LocationConstraint></CreateBucketConfiguration>",
            System.Text.Encoding.UTF8.GetString(CreateBucketConfigurationWriter.Write("eu-west-1")));
    }
}
