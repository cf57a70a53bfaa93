namespace RoleCall.Config.Tests.Profiles;

public sealed class AwsEnvironmentTests
{
    [Fact]
    public void Should_capture_the_variables_once_and_treat_empty_values_as_unset()
    {
        var variables = new Dictionary<string, string> { ["AWS_REGION"] = "", ["AWS_PROFILE"] = "p", ["ROLECALL_X"] = "" };
        var environment = AwsEnvironment.From(variables);
        variables["AWS_PROFILE"] = "changed";
        Assert.Null(environment.Region);
        Assert.Equal("p", environment.Profile);
        Assert.Equal("", environment.Get("ROLECALL_X"));
        Assert.Null(environment.Get("ROLECALL_Y"));
    }

    [Theory]
    [InlineData("sts", "AWS_ENDPOINT_URL_STS")]
    [InlineData("Elastic Beanstalk", "AWS_ENDPOINT_URL_ELASTIC_BEANSTALK")]
    [InlineData("resource-groups", "AWS_ENDPOINT_URL_RESOURCE_GROUPS")]
    public void Should_look_up_service_endpoint_variables_by_service_id(string serviceId, string variable)
    {
        var environment = AwsEnvironment.From(new Dictionary<string, string> { [variable] = "https://x" });
        Assert.Equal("https://x", environment.EndpointUrlFor(serviceId));
    }

    [Fact]
    public void Should_read_boolean_flags_case_insensitively()
    {
        var environment = AwsEnvironment.From(new Dictionary<string, string> { ["AWS_EC2_METADATA_DISABLED"] = "TRUE", ["AWS_USE_FIPS_ENDPOINT"] = "false" });
        Assert.True(environment.Ec2MetadataDisabled);
        Assert.False(environment.UseFipsEndpoint);
    }
}
