using RoleCall.JmesPath.Errors;

namespace RoleCall.JmesPath.Tests.Parser;

/// <summary>Syntax errors say where (the column jmespath.py reports, checked with python3) and are usage errors (exit 252).</summary>
public sealed class SyntaxErrorTests
{
    [Theory]
    [InlineData("foo.", 4)]
    [InlineData("foo[", 4)]
    [InlineData("a | | b", 4)]
    [InlineData("foo.\"bar", 4)]
    [InlineData("[1, 2", 2)]
    [InlineData("a = b", 2)]
    [InlineData("foo.`bar`", 4)]
    [InlineData("{a: b", 5)]
    public void Should_report_the_column_of_the_error(string expression, int column)
    {
        var error = Assert.Throws<JmesPathException>(() => JmesPathExpression.Compile(expression));
        Assert.Equal(JmesPathErrorKind.Syntax, error.Kind);
        Assert.Equal(column, error.Position);
        Assert.Equal(252, error.ExitCode);
        Assert.NotNull(error.Hint);
    }

    [Fact]
    public void Should_refuse_an_empty_expression()
    {
        var error = Assert.Throws<JmesPathException>(() => JmesPathExpression.Compile(string.Empty));
        Assert.Equal("Invalid JMESPath expression: cannot be empty.", error.Message);
    }

    [Fact]
    public void Should_keep_jmespath_py_quirk_of_not_projecting_a_slice_after_an_index()
    {
        // jmespath.py extends `a[0]` into `a[0][0:2]` without a projection, so `.b` applies to the list.
        var data = RoleCall.JmesPath.Values.JmesValue.Parse("{\"a\": [[{\"b\": 1}, {\"b\": 2}]]}");
        Assert.Equal("null", JmesPathExpression.Compile("a[0][0:2].b").Search(data).ToJson());
        Assert.Equal("[1,2]", JmesPathExpression.Compile("a[0] | [0:2].b").Search(data).ToJson());
    }
}
