using System.Text;
using RoleCall.Protocol.Query;

namespace RoleCall.Protocol.Tests.Query;

public sealed class FormCodecTests
{
    [Fact]
    public void Should_decode_plus_as_space_and_percent_escapes_as_utf8()
    {
        var parameters = FormCodec.Parse("Action=CreateUser&UserName=a+b%2Bc&Path=%2Fdiv%2F&Tag=%E1%88%B4"u8);

        Assert.Equal("CreateUser", parameters["Action"]);
        Assert.Equal("a b+c", parameters["UserName"]);
        Assert.Equal("/div/", parameters["Path"]);
        Assert.Equal("\u1234", parameters["Tag"]);
    }

    [Fact]
    public void Should_keep_empty_values_and_let_a_later_duplicate_win()
    {
        var parameters = FormCodec.Parse("A=&B&&A=2&C=x=y");

        Assert.Equal("2", parameters["A"]);
        Assert.Equal("", parameters["B"]);
        Assert.Equal("x=y", parameters["C"]);
        Assert.Equal(3, parameters.Count);
    }

    [Fact]
    public void Should_parse_a_body_longer_than_the_stack_buffer()
    {
        var policy = new string('x', 3000) + " {\"a\": 1}";
        var body = Encoding.UTF8.GetBytes("Action=PutUserPolicy&PolicyDocument=" + FormCodec.EncodeComponent(policy));

        Assert.Equal(policy, FormCodec.Parse(body)["PolicyDocument"]);
    }

    [Fact]
    public void Should_encode_like_botocore_with_percent_20_for_space()
    {
        var body = FormCodec.Encode([new("Action", "AssumeRole"), new("RoleSessionName", "a b+c/d~e"), new("Policy", "{\"x\":\"ü\"}")]);

        Assert.Equal("Action=AssumeRole&RoleSessionName=a%20b%2Bc%2Fd~e&Policy=%7B%22x%22%3A%22%C3%BC%22%7D", body);
    }

    [Fact]
    public void Should_round_trip_any_text()
    {
        const string text = "Tab\tLine\nAmp&Eq=Pct%Plus+Space Emoji😀";

        Assert.Equal(text, FormCodec.Parse(FormCodec.Encode([new("K", text)]))["K"]);
    }
}
