using RoleCall.Ec2.Tests.Support;

namespace RoleCall.Ec2.Tests.Service;

public sealed class AuthorizationTests : IDisposable
{
    private readonly Ec2Harness ec2 = new();

    public void Dispose() => ec2.Dispose();

    [Fact]
    public void Should_answer_DryRunOperation_when_allowed_and_launch_nothing()
    {
        var error = ec2.Fails("RunInstances", ("ImageId", ec2.AmazonLinux), ("MinCount", "1"), ("MaxCount", "1"), ("DryRun", "true"));

        Assert.Equal(("DryRunOperation", "Request would have succeeded, but DryRun flag is set.", 412), (error.Code, error.Message, error.HttpStatus));
        Assert.Empty(Ec2Harness.Instances(ec2.Call("DescribeInstances")));
    }

    [Fact]
    public void Should_answer_UnauthorizedOperation_with_an_encoded_message_when_denied()
    {
        ec2.Authorizer.Decide = r => r.Action != "ec2:RunInstances";

        var dry = ec2.Fails("RunInstances", ("ImageId", ec2.AmazonLinux), ("MinCount", "1"), ("MaxCount", "1"), ("DryRun", "true"));
        var real = ec2.Fails("RunInstances", ("ImageId", ec2.AmazonLinux), ("MinCount", "1"), ("MaxCount", "1"));

        Assert.Equal(("UnauthorizedOperation", 403), (dry.Code, dry.HttpStatus));
        Assert.Equal(dry.Message, real.Message);
        Assert.StartsWith("You are not authorized to perform this operation. User: ", real.Message, StringComparison.Ordinal);
        Assert.EndsWith(" Encoded authorization failure message: ENCODED", real.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_deny_describe_calls_without_an_encoded_message()
    {
        ec2.Authorizer.Decide = _ => false;

        var error = ec2.Fails("DescribeInstances");

        Assert.Equal("UnauthorizedOperation", error.Code);
        Assert.DoesNotContain("Encoded", error.Message, StringComparison.Ordinal);
        Assert.Equal("*", Assert.Single(ec2.Authorizer.Requests).ResourceArn);
    }

    [Fact]
    public void Should_check_input_before_permissions()
    {
        ec2.Authorizer.Decide = _ => false;

        Assert.Equal("InvalidAMIID.NotFound", ec2.Fails("RunInstances", ("ImageId", "ami-0123456789abcdef0"), ("MinCount", "1"), ("MaxCount", "1")).Code);
        Assert.Equal("InvalidAction", ec2.Fails("RebootTheWorld").Code);
    }

    [Fact]
    public void Should_tell_an_EC2_operation_serve_does_not_implement_from_a_name_EC2_does_not_have()
    {
        var unknown = ec2.Fails("RebootTheWorld");
        var unimplemented = ec2.Fails("DescribeSecurityGroups");

        Assert.Equal(("InvalidAction", "The action RebootTheWorld is not valid for this web service."), (unknown.Code, unknown.Message));
        Assert.Equal(("InvalidAction", "rolecall serve does not implement the EC2 action DescribeSecurityGroups; docs/readme/ec2.md lists the actions it answers."),
            (unimplemented.Code, unimplemented.Message));
    }
}
