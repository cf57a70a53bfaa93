using Amazon.EC2;
using Amazon.EC2.Model;
using Amazon.Runtime;
using RoleCall.Server;
using RoleCall.Cli.Commands.Serve;

namespace RoleCall.EndToEnd.Tests.Ec2;

/// <summary>The AWS SDK for .NET (AWSSDK.EC2) as an independent client of serve's EC2.</summary>
public sealed class DotNetSdkEc2Tests
{
    [Fact]
    public async Task Should_run_and_describe_instances_for_the_dotnet_sdk()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory() });
        using var ec2 = Client(server);
        var image = (await ec2.DescribeImagesAsync(new DescribeImagesRequest { Owners = ["amazon"] })).Images.First(i => i.Architecture == ArchitectureValues.X86_64);

        var run = await ec2.RunInstancesAsync(new RunInstancesRequest
        {
            ImageId = image.ImageId,
            InstanceType = InstanceType.T3Micro,
            MinCount = 2,
            MaxCount = 2,
            TagSpecifications = [new TagSpecification { ResourceType = ResourceType.Instance, Tags = [new Tag("Name", "web")] }],
        });
        var described = await ec2.DescribeInstancesAsync(new DescribeInstancesRequest
        {
            Filters = [new Filter("tag:Name", ["web"]), new Filter("instance-type", ["t3.micro"])],
        });

        Assert.Equal(2, run.Reservation.Instances.Count);
        Assert.All(run.Reservation.Instances, i => Assert.Equal(InstanceStateName.Pending, i.State.Name));
        var reservation = Assert.Single(described.Reservations);
        Assert.Equal(run.Reservation.ReservationId, reservation.ReservationId);
        Assert.Equal(run.Reservation.Instances.Select(i => i.InstanceId), reservation.Instances.Select(i => i.InstanceId));
        Assert.All(reservation.Instances, i => Assert.Equal("web", i.Tags.Single().Value));
        Assert.All(reservation.Instances, i => Assert.StartsWith("vpc-", i.VpcId, StringComparison.Ordinal));
        Assert.Equal(image.ImageId, reservation.Instances[0].ImageId);
    }

    [Fact]
    public async Task Should_give_the_dotnet_sdk_ec2_error_codes()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory() });
        using var ec2 = Client(server);

        var error = await Assert.ThrowsAnyAsync<AmazonEC2Exception>(() =>
            ec2.DescribeInstancesAsync(new DescribeInstancesRequest { InstanceIds = ["i-0123456789abcdef0"] }));

        Assert.Equal("InvalidInstanceID.NotFound", error.ErrorCode);
        Assert.Equal(400, (int)error.StatusCode);
        Assert.Equal("The instance ID 'i-0123456789abcdef0' does not exist", error.Message);
        Assert.False(string.IsNullOrEmpty(error.RequestId));
    }

    private static AmazonEC2Client Client(LocalServer server)
    {
        var config = new AmazonEC2Config { ServiceURL = server.Url.ToString(), AuthenticationRegion = "us-east-1", MaxErrorRetry = 0, Timeout = TimeSpan.FromSeconds(20) };
        return new AmazonEC2Client(new BasicAWSCredentials(server.Credentials.AccessKeyId, server.Credentials.SecretAccessKey), config);
    }
}
