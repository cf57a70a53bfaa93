using RoleCall.Cli.Commands.Iam.Parameters;
using RoleCall.Core.Errors;

namespace RoleCall.Cli.Tests.Iam;

/// <summary>Tutorial 003 pass: `fileb://` on a string parameter is botocore's type error, the bytes named as Python's repr names them.</summary>
public sealed class PythonBytesTests
{
    [Theory]
    // Expected values printed by CPython 3.11's repr() of the same bytes.
    [InlineData(new byte[] { 0x7b, 0x0a, 0x20, 0x20, 0x22, 0x56, 0x22, 0x3a, 0x20, 0x22, 0x31, 0x22, 0x0a, 0x7d, 0x0a }, """b'{\n  "V": "1"\n}\n'""")]
    [InlineData(new byte[] { 0x69, 0x74, 0x27, 0x73 }, """b"it's" """)]
    [InlineData(new byte[] { 0x27, 0x22 }, """b'\'"'""")]
    [InlineData(new byte[] { 0x00, 0xff, 0x5c, 0x09, 0x0d, 0x7f, 0x20, 0x7e }, """b'\x00\xff\\\t\r\x7f ~'""")]
    public void Should_name_bytes_as_python_repr_does(byte[] bytes, string expected) =>
        Assert.Equal(expected.TrimEnd(' '), PythonBytes.Repr(bytes));

    [Fact]
    public void Should_refuse_fileb_for_a_string_parameter_as_botocore_does_with_exit_code_252()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "{\"Version\": \"2012-10-17\"}\n");
        try
        {
            var error = Assert.Throws<ParameterValidationException>(() => ParameterFiles.Resolve("--policy-document", "fileb://" + path, p => p, "PolicyDocument"));

            Assert.StartsWith("Parameter validation failed:\nInvalid type for parameter PolicyDocument, value: b'{\"Version\": \"2012-10-17\"}\\n', type: <class 'bytes'>, valid types: <class 'str'>",
                error.Message, StringComparison.Ordinal);
            Assert.Equal(252, error.ExitCode);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
