using RoleCall.Cli.Commands.Iam.Parameters;
using RoleCall.Core.Errors;

namespace RoleCall.Cli.Tests.Iam;

public sealed class ParameterFilesTests
{
    [Fact]
    public void Should_report_a_missing_paramfile_as_the_aws_cli_does_with_exit_code_252()
    {
        var error = Assert.Throws<AwsCliMessageException>(() => ParameterFiles.Resolve("--policy-document", "file:///no/such/policy.json", p => p));

        Assert.Contains("Error parsing parameter '--policy-document': Unable to load paramfile file:///no/such/policy.json: [Errno 2] No such file or directory: '/no/such/policy.json'", error.Message, StringComparison.Ordinal);
        Assert.Equal(252, error.ExitCode);
    }

    [Fact]
    public void Should_read_fileb_values_as_base64()
    {
        var path = Path.GetTempFileName();
        File.WriteAllBytes(path, [0, 1, 255]);
        try
        {
            Assert.Equal("AAH/", ParameterFiles.Resolve("--x", "fileb://" + path, p => p));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
