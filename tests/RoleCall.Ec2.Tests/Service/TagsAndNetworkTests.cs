using RoleCall.Ec2.Tests.Support;
using RoleCall.Protocol.Query;

namespace RoleCall.Ec2.Tests.Service;

public sealed class TagsAndNetworkTests : IDisposable
{
    private readonly Ec2Harness ec2 = new();

    public void Dispose() => ec2.Dispose();

    [Fact]
    public void Should_create_overwrite_describe_and_delete_tags()
    {
        var id = ec2.Run()[0];
        ec2.Call("CreateTags", ("ResourceId.1", id), ("Tag.1.Key", "env"), ("Tag.1.Value", "dev"), ("Tag.2.Key", "team"), ("Tag.2.Value", "a"));
        ec2.Call("CreateTags", ("ResourceId.1", id), ("Tag.1.Key", "env"), ("Tag.1.Value", "prod"));

        Assert.Equal(["env=prod", "team=a"], Tags(("Filter.1.Name", "resource-id"), ("Filter.1.Value.1", id)));

        ec2.Call("DeleteTags", ("ResourceId.1", id), ("Tag.1.Key", "env"), ("Tag.1.Value", "dev"));
        Assert.Equal(["env=prod", "team=a"], Tags());
        ec2.Call("DeleteTags", ("ResourceId.1", id), ("Tag.1.Key", "env"));
        Assert.Equal(["team=a"], Tags());
        ec2.Call("DeleteTags", ("ResourceId.1", id));
        Assert.Empty(Tags());
    }

    [Fact]
    public void Should_ask_CreateTags_with_request_and_resource_tags()
    {
        var id = ec2.Run()[0];
        ec2.Call("CreateTags", ("ResourceId.1", id), ("Tag.1.Key", "env"), ("Tag.1.Value", "dev"));
        ec2.Authorizer.Requests.Clear();

        ec2.Call("CreateTags", ("ResourceId.1", id), ("Tag.1.Key", "owner"), ("Tag.1.Value", "ann"));

        var request = Assert.Single(ec2.Authorizer.Requests);
        Assert.Equal(["ann"], request.Conditions["aws:RequestTag/owner"]);
        Assert.Equal(["owner"], request.Conditions["aws:TagKeys"]);
        Assert.Equal(["dev"], request.Conditions["ec2:ResourceTag/env"]);
    }

    [Fact]
    public void Should_answer_each_resource_type_its_own_not_found()
    {
        Assert.Equal("InvalidInstanceID.NotFound", ec2.Fails("CreateTags", ("ResourceId.1", "i-0123456789abcdef0"), ("Tag.1.Key", "k")).Code);
        Assert.Equal("InvalidVpcID.NotFound", ec2.Fails("CreateTags", ("ResourceId.1", "vpc-0123456789abcdef0"), ("Tag.1.Key", "k")).Code);
        Assert.Equal("InvalidID", ec2.Fails("CreateTags", ("ResourceId.1", "bucket"), ("Tag.1.Key", "k")).Code);
    }

    [Fact]
    public void Should_create_one_default_vpc_with_a_subnet_per_zone_per_region()
    {
        var vpcs = (ResultList)ec2.Call("DescribeVpcs").Child("vpcSet")!;
        var again = (ResultList)ec2.Call("DescribeVpcs").Child("vpcSet")!;
        var subnets = ((ResultList)ec2.Call("DescribeSubnets").Child("subnetSet")!).Members.Cast<ResultStruct>().ToList();
        var zones = ((ResultList)ec2.Call("DescribeAvailabilityZones").Child("availabilityZoneInfo")!).Members.Cast<ResultStruct>().ToList();

        var vpc = (ResultStruct)Assert.Single(vpcs.Members);
        Assert.Equal(vpc.ValueOf("vpcId"), ((ResultStruct)again.Members[0]).ValueOf("vpcId"));
        Assert.Equal(("172.31.0.0/16", "true"), (vpc.ValueOf("cidrBlock"), vpc.ValueOf("isDefault")));
        Assert.Equal(zones.Select(z => z.ValueOf("zoneName")), subnets.Select(s => s.ValueOf("availabilityZone")));
        Assert.Equal(6, subnets.Count);
        Assert.All(subnets, s => Assert.Equal(vpc.ValueOf("vpcId"), s.ValueOf("vpcId")));
        ec2.Region = "eu-west-1";
        Assert.NotEqual(vpc.ValueOf("vpcId"), ((ResultStruct)((ResultList)ec2.Call("DescribeVpcs").Child("vpcSet")!).Members[0]).ValueOf("vpcId"));
    }

    [Fact]
    public void Should_list_regions_and_images_with_their_filters()
    {
        var regions = ((ResultList)ec2.Call("DescribeRegions", ("Filter.1.Name", "region-name"), ("Filter.1.Value.1", "eu-*")).Child("regionInfo")!).Members.Cast<ResultStruct>();
        var arm = ((ResultList)ec2.Call("DescribeImages", ("Owner.1", "amazon"), ("Filter.1.Name", "architecture"), ("Filter.1.Value.1", "arm64")).Child("imagesSet")!).Members.Cast<ResultStruct>();

        Assert.Equal(["eu-central-1", "eu-north-1", "eu-west-1", "eu-west-2", "eu-west-3"], regions.Select(r => r.ValueOf("regionName")!));
        Assert.All(arm, i => Assert.Equal("arm64", i.ValueOf("architecture")));
        Assert.NotEmpty(arm);
        Assert.Equal("InvalidAMIID.NotFound", ec2.Fails("DescribeImages", ("ImageId.1", "ami-0123456789abcdef0")).Code);
    }

    private List<string> Tags(params (string Name, string Value)[] filters) =>
        [.. ((ResultList)ec2.Call("DescribeTags", filters).Child("tagSet")!).Members.Cast<ResultStruct>()
            .Where(t => t.ValueOf("resourceType") == "instance").Select(t => $"{t.ValueOf("key")}={t.ValueOf("value")}")];
}
