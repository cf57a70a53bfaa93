using RoleCall.JmesPath.Json;
using RoleCall.JmesPath.Values;

namespace RoleCall.JmesPath.Tests.Values;

/// <summary>The value model keeps what the AWS CLI's output depends on: key order, int vs float, Python's JSON spelling.</summary>
public sealed class JmesValueTests
{
    [Fact]
    public void Should_keep_key_order_and_the_first_position_of_a_repeated_key()
    {
        var value = JmesValue.Parse("{\"b\": 1, \"a\": 2, \"b\": 3}");
        Assert.Equal("{\"b\":3,\"a\":2}", value.ToJson());
    }

    [Fact]
    public void Should_tell_integers_from_floats()
    {
        Assert.Equal("[1,1.0,100.0,1e+16]", JmesValue.Parse("[1, 1.0, 1e2, 1e16]").ToJson());
        Assert.Equal(JmesValue.Parse("1"), JmesValue.Parse("1.0"));
    }

    [Fact]
    public void Should_compare_objects_regardless_of_key_order()
    {
        Assert.Equal(JmesValue.Parse("{\"a\": [1, {\"x\": null}], \"b\": true}"), JmesValue.Parse("{\"b\": true, \"a\": [1, {\"x\": null}]}"));
        Assert.NotEqual(JmesValue.Parse("[1, 2]"), JmesValue.Parse("[2, 1]"));
        Assert.NotEqual(JmesValue.Parse("1"), JmesValue.Parse("true"));
    }

    [Fact]
    public void Should_indent_like_the_AWS_CLI_with_non_ASCII_kept()
    {
        var output = new StringWriter();
        JsonWriter.Write(output, JmesValue.Parse("{\"Name\": \"Rôle\\t1\", \"Empty\": [], \"Map\": {}, \"List\": [1]}"), indent: 4, ensureAscii: false);
        Assert.Equal("{\n    \"Name\": \"Rôle\\t1\",\n    \"Empty\": [],\n    \"Map\": {},\n    \"List\": [\n        1\n    ]\n}", output.ToString());
    }
}
