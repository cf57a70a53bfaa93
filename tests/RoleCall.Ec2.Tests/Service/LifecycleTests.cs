using RoleCall.Ec2.Tests.Support;
using RoleCall.Protocol.Query;

namespace RoleCall.Ec2.Tests.Service;

public sealed class LifecycleTests : IDisposable
{
    private readonly Ec2Harness ec2 = new();

    public void Dispose() => ec2.Dispose();

    [Fact]
    public void Should_move_through_stop_and_start_by_the_server_clock()
    {
        var id = ec2.Run()[0];
        Assert.Equal("pending", State(id));
        ec2.Clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal("running", State(id));

        var stop = Change("StopInstances", id);
        Assert.Equal(("running", "stopping"), stop);
        ec2.Clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal("stopped", State(id));
        Assert.Equal(("stopped", "stopped"), Change("StopInstances", id));

        Assert.Equal(("stopped", "pending"), Change("StartInstances", id));
        ec2.Clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal("running", State(id));
    }

    [Fact]
    public void Should_refuse_to_start_a_stopping_instance()
    {
        var id = ec2.Run()[0];
        ec2.Clock.Advance(TimeSpan.FromSeconds(5));
        Change("StopInstances", id);

        var error = ec2.Fails("StartInstances", ("InstanceId.1", id));

        Assert.Equal(("IncorrectInstanceState", $"The instance '{id}' is not in a state from which it can be started."), (error.Code, error.Message));
    }

    [Fact]
    public void Should_keep_a_terminated_instance_visible_for_an_hour()
    {
        var id = ec2.Run()[0];
        Assert.Equal(("pending", "shutting-down"), Change("TerminateInstances", id));
        ec2.Clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal("terminated", State(id));
        Assert.Equal(("terminated", "terminated"), Change("TerminateInstances", id));

        ec2.Clock.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal("terminated", State(id));
        ec2.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal("InvalidInstanceID.NotFound", ec2.Fails("DescribeInstances", ("InstanceId.1", id)).Code);
    }

    [Fact]
    public void Should_authorize_each_instance_with_its_tags_and_type()
    {
        var id = ec2.Run(1, "t3.micro", ("TagSpecification.1.ResourceType", "instance"), ("TagSpecification.1.Tag.1.Key", "env"), ("TagSpecification.1.Tag.1.Value", "dev"))[0];
        ec2.Authorizer.Requests.Clear();

        Change("TerminateInstances", id);

        var request = Assert.Single(ec2.Authorizer.Requests);
        Assert.Equal(("ec2:TerminateInstances", $"arn:aws:ec2:us-east-1:123456789012:instance/{id}"), (request.Action, request.ResourceArn));
        Assert.Equal(["dev"], request.Conditions["ec2:ResourceTag/env"]);
        Assert.Equal(["t3.micro"], request.Conditions["ec2:InstanceType"]);
    }

    private string State(string id) => Ec2Harness.StateOf(Ec2Harness.Instances(ec2.Call("DescribeInstances", ("InstanceId.1", id)))[0]);

    private (string Previous, string Current) Change(string action, string id)
    {
        var item = (ResultStruct)((ResultList)ec2.Call(action, ("InstanceId.1", id)).Child("instancesSet")!).Members[0];
        return (((ResultStruct)item.Child("previousState")!).ValueOf("name")!, ((ResultStruct)item.Child("currentState")!).ValueOf("name")!);
    }
}
