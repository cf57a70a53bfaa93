using RoleCall.JmesPath.Json;

namespace RoleCall.JmesPath.Tests.Json;

/// <summary>Floats print as Python's repr() prints them (expected values taken from python3).</summary>
public sealed class PythonFloatTests
{
    [Theory]
    [InlineData(1.0, "1.0")]
    [InlineData(1e16, "1e+16")]
    [InlineData(1e15, "1000000000000000.0")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(1e-05, "1e-05")]
    [InlineData(1.5e-07, "1.5e-07")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(123456.789, "123456.789")]
    [InlineData(0.1 + 0.2, "0.30000000000000004")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(2.5e-5, "2.5e-05")]
    [InlineData(1234567890123456.7, "1234567890123456.8")]
    public void Should_print_like_python_repr(double value, string expected) => Assert.Equal(expected, PythonFloat.Format(value));
}
