using RoleCall.JmesPath.Errors;
using RoleCall.JmesPath.Values;

namespace RoleCall.JmesPath.Tests.Evaluation;

/// <summary>Built-ins where Python's semantics show through (expected values taken from python3 -c 'import jmespath').</summary>
public sealed class FunctionTests
{
    [Theory]
    [InlineData("to_number(`\"1_000\"`)", "1000")]
    [InlineData("to_number(`\" 12 \"`)", "12")]
    [InlineData("to_number(`\"1e3\"`)", "1000.0")]
    [InlineData("to_number(`\"abc\"`)", "null")]
    [InlineData("to_number(`\"-inf\"`)", "-Infinity")]
    [InlineData("to_number(`\".5\"`)", "0.5")]
    [InlineData("to_number(`\"5.\"`)", "5.0")]
    [InlineData("avg(`[1,2]`)", "1.5")]
    [InlineData("ceil(`1.2`)", "2")]
    [InlineData("sum(`[1,2.5]`)", "3.5")]
    [InlineData("to_string(`{\"a\":\"é\",\"b\":[1,2.0]}`)", "\"{\\\"a\\\":\\\"\\\\u00e9\\\",\\\"b\\\":[1,2.0]}\"")]
    [InlineData("length(`\"😀é\"`)", "2")]
    [InlineData("reverse(`\"a😀b\"`)", "\"b\\ud83d\\ude00a\"")]
    [InlineData("sort(`[\"b\",\"\\ue000\",\"😀\"]`)", "[\"b\",\"\\ue000\",\"\\ud83d\\ude00\"]")]
    [InlineData("`foo`", "\"foo\"")]
    [InlineData("merge(`{\"a\":1,\"b\":2}`, `{\"a\":3,\"c\":4}`)", "{\"a\":3,\"b\":2,\"c\":4}")]
    public void Should_compute_what_jmespath_py_computes(string expression, string expectedJson) =>
        Assert.Equal(expectedJson, JmesPathExpression.Compile(expression).Search(JmesObject.Empty).ToJson());

    [Fact]
    public void Should_reject_unknown_functions_and_wrong_arity_when_compiling()
    {
        Assert.Equal(JmesPathErrorKind.UnknownFunction, Assert.Throws<JmesPathException>(() => JmesPathExpression.Compile("items(@)")).Kind);
        var arity = Assert.Throws<JmesPathException>(() => JmesPathExpression.Compile("length(a, b)"));
        Assert.Equal("Expected 1 argument for function length(), received 2", arity.Message);
    }

    [Fact]
    public void Should_name_the_function_and_types_in_a_type_error()
    {
        var error = Assert.Throws<JmesPathException>(() => JmesPathExpression.Compile("abs(name)").Search(JmesValue.Parse("{\"name\": \"x\"}")));
        Assert.Equal(JmesPathErrorKind.InvalidType, error.Kind);
        Assert.Equal("In function abs(), invalid type for value: \"x\", expected one of: ['number'], received: \"string\"", error.Message);
        Assert.Equal(255, error.ExitCode);
    }
}
