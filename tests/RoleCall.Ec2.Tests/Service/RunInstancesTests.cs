using RoleCall.Ec2.Catalog;
using RoleCall.Ec2.Tests.Support;
using RoleCall.Protocol.Query;

namespace RoleCall.Ec2.Tests.Service;

public sealed class RunInstancesTests : IDisposable
{
    private readonly Ec2Harness ec2 = new();

    public void Dispose() => ec2.Dispose();

    [Fact]
    public void Should_launch_pending_instances_in_one_reservation_in_the_default_vpc()
    {
        var result = ec2.Call("RunInstances", ("ImageId", ec2.AmazonLinux), ("InstanceType", "t3.micro"), ("MinCount", "1"), ("MaxCount", "3"));

        var instances = ((ResultList)result.Child("instancesSet")!).Members.Cast<ResultStruct>().ToList();
        Assert.Equal(3, instances.Count);
        Assert.StartsWith("r-", result.ValueOf("reservationId"), StringComparison.Ordinal);
        Assert.Equal(Ec2Harness.Account, result.ValueOf("ownerId"));
        Assert.All(instances, i => Assert.Equal("pending", Ec2Harness.StateOf(i)));
        Assert.Equal(["0", "1", "2"], instances.Select(i => i.ValueOf("amiLaunchIndex")!));
        var vpc = ((ResultStruct)((ResultList)ec2.Call("DescribeVpcs").Child("vpcSet")!).Members[0]).ValueOf("vpcId");
        Assert.All(instances, i => Assert.Equal(vpc, i.ValueOf("vpcId")));
        Assert.All(instances, i => Assert.Matches("^i-[0-9a-f]{17}$", i.ValueOf("instanceId")!));
    }

    [Fact]
    public void Should_refuse_an_image_of_no_catalog_with_InvalidAMIID_NotFound()
    {
        var error = ec2.Fails("RunInstances", ("ImageId", "ami-0123456789abcdef0"), ("MinCount", "1"), ("MaxCount", "1"));

        Assert.Equal("InvalidAMIID.NotFound", error.Code);
        Assert.Equal("The image id '[ami-0123456789abcdef0]' does not exist", error.Message);
        Assert.Equal(400, error.HttpStatus);
    }

    [Fact]
    public void Should_not_know_an_image_of_another_region()
    {
        var virginia = ec2.AmazonLinux;
        ec2.Region = "eu-west-1";

        Assert.Equal("InvalidAMIID.NotFound", ec2.Fails("RunInstances", ("ImageId", virginia), ("MinCount", "1"), ("MaxCount", "1")).Code);
    }

    [Fact]
    public void Should_refuse_a_malformed_image_id()
    {
        var error = ec2.Fails("RunInstances", ("ImageId", "centos"), ("MinCount", "1"), ("MaxCount", "1"));

        Assert.Equal("InvalidAMIID.Malformed", error.Code);
        Assert.Equal("Invalid id: \"centos\" (expecting \"ami-...\")", error.Message);
    }

    [Fact]
    public void Should_refuse_an_unknown_instance_type()
    {
        var error = ec2.Fails("RunInstances", ("ImageId", ec2.AmazonLinux), ("InstanceType", "t2.gigantic"), ("MinCount", "1"), ("MaxCount", "1"));

        Assert.Equal(("InvalidParameterValue", "Invalid value 't2.gigantic' for InstanceType."), (error.Code, error.Message));
    }

    [Fact]
    public void Should_refuse_a_graviton_type_for_an_x86_image()
    {
        var error = ec2.Fails("RunInstances", ("ImageId", ec2.AmazonLinux), ("InstanceType", "t4g.micro"), ("MinCount", "1"), ("MaxCount", "1"));

        Assert.Equal("InvalidParameterValue", error.Code);
        Assert.StartsWith("The architecture 'arm64' of the specified instance type does not match the architecture 'x86_64'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_refuse_MaxCount_below_MinCount_and_missing_counts()
    {
        Assert.Equal("InvalidParameterValue", ec2.Fails("RunInstances", ("ImageId", ec2.AmazonLinux), ("MinCount", "3"), ("MaxCount", "2")).Code);
        Assert.Equal("MissingParameter", ec2.Fails("RunInstances", ("ImageId", ec2.AmazonLinux), ("MaxCount", "2")).Code);
    }

    [Fact]
    public void Should_tag_on_create_and_ask_for_CreateTags_with_the_create_action()
    {
        var id = ec2.Run(1, "t3.micro", ("TagSpecification.1.ResourceType", "instance"), ("TagSpecification.1.Tag.1.Key", "team"), ("TagSpecification.1.Tag.1.Value", "blue"))[0];

        var instance = Ec2Harness.Instances(ec2.Call("DescribeInstances", ("InstanceId.1", id)))[0];
        var tag = (ResultStruct)((ResultList)instance.Child("tagSet")!).Members[0];
        Assert.Equal(("team", "blue"), (tag.ValueOf("key"), tag.ValueOf("value")));
        var create = Assert.Single(ec2.Authorizer.Requests, r => r.Action == "ec2:CreateTags");
        Assert.Equal(["RunInstances"], create.Conditions["ec2:CreateAction"]);
        Assert.Equal(["blue"], create.Conditions["aws:RequestTag/team"]);
    }

    [Fact]
    public void Should_ask_for_the_instance_image_and_subnet_with_the_instance_type()
    {
        ec2.Run(1, "t3.small");

        var arns = ec2.Authorizer.Requests.Where(r => r.Action == "ec2:RunInstances").Select(r => r.ResourceArn).ToList();
        Assert.Contains("arn:aws:ec2:us-east-1:123456789012:instance/*", arns);
        Assert.Contains($"arn:aws:ec2:us-east-1::image/{ec2.AmazonLinux}", arns);
        Assert.Contains(arns, a => a.StartsWith("arn:aws:ec2:us-east-1:123456789012:subnet/subnet-", StringComparison.Ordinal));
        var instance = ec2.Authorizer.Requests.First(r => r.ResourceArn.EndsWith("instance/*", StringComparison.Ordinal));
        Assert.Equal(["t3.small"], instance.Conditions["ec2:InstanceType"]);
        Assert.Equal(["us-east-1"], instance.Conditions["ec2:Region"]);
    }

    [Fact]
    public void Should_refuse_tags_in_the_aws_namespace()
    {
        var error = ec2.Fails("RunInstances", ("ImageId", ec2.AmazonLinux), ("MinCount", "1"), ("MaxCount", "1"),
            ("TagSpecification.1.ResourceType", "instance"), ("TagSpecification.1.Tag.1.Key", "aws:owner"));

        Assert.Equal("InvalidParameterValue", error.Code);
    }

    [Fact]
    public void Should_offer_the_catalog_images_in_every_region()
    {
        Assert.All(Ec2Regions.All, r => Assert.NotEmpty(ImageCatalog.For(r.Name)));
        Assert.NotEqual(ImageCatalog.For("us-east-1")[0].ImageId, ImageCatalog.For("eu-west-1")[0].ImageId);
    }
}
