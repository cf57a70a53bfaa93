using RoleCall.Core.Errors;
using RoleCall.Protocol.Ec2Query;
using RoleCall.Protocol.Query;

namespace RoleCall.Protocol.Tests.Ec2Query;

public sealed class Ec2CodecTests
{
    [Fact]
    public void Should_write_members_directly_under_the_response_with_a_lowercase_requestId_and_item_lists()
    {
        var result = new ResultStruct("x", [new ResultList("reservationSet", [new ResultStruct("item", [new ResultValue("reservationId", "r-1")])])]);

        var xml = Ec2XmlWriter.SuccessToString("DescribeInstances", result, "req-1");

        Assert.Equal("""
            <?xml version="1.0" encoding="UTF-8"?>
            <DescribeInstancesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">
              <requestId>req-1</requestId>
              <reservationSet>
                <item>
                  <reservationId>r-1</reservationId>
                </item>
              </reservationSet>
            </DescribeInstancesResponse>

            """.Replace("\r", "", StringComparison.Ordinal), xml);
    }

    [Fact]
    public void Should_write_errors_in_the_Response_Errors_shape()
    {
        var xml = Ec2XmlWriter.ErrorToString(new AwsServiceException("InvalidInstanceID.NotFound", "The instance ID 'i-1' does not exist", 400), "req-2");

        Assert.Equal("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response><Errors><Error><Code>InvalidInstanceID.NotFound</Code><Message>The instance ID 'i-1' does not exist</Message></Error></Errors><RequestID>req-2</RequestID></Response>\n", xml);
        var read = QueryXmlReader.ReadError(xml, 400);
        Assert.Equal(("InvalidInstanceID.NotFound", "req-2"), (read.Code, read.RequestId));
    }

    [Fact]
    public void Should_read_lists_filters_and_tag_specifications_without_member()
    {
        var parameters = new Ec2Parameters(new Dictionary<string, string>
        {
            ["InstanceId.1"] = "i-a", ["InstanceId.2"] = "i-b", ["InstanceId.4"] = "after-a-gap",
            ["Filter.1.Name"] = "tag:env", ["Filter.1.Value.1"] = "dev", ["Filter.1.Value.2"] = "prod",
            ["TagSpecification.1.ResourceType"] = "instance", ["TagSpecification.1.Tag.1.Key"] = "k", ["TagSpecification.1.Tag.1.Value"] = "v",
        });

        Assert.Equal(["i-a", "i-b"], parameters.List("InstanceId"));
        Assert.Equal(new Ec2Filter("tag:env", ["dev", "prod"]), parameters.Filters()[0], new FilterComparer());
        var specification = Assert.Single(parameters.TagSpecifications());
        Assert.Equal(("instance", new Ec2Tag("k", "v")), (specification.ResourceType, specification.Tags[0]));
    }

    [Fact]
    public void Should_read_a_response_by_wire_names_into_api_names()
    {
        var shape = Shape.Structure(new ShapeMember("Reservations", new ListShape(Shape.Structure(
            new ShapeMember("ReservationId", Shape.Text, "reservationId"),
            new ShapeMember("Instances", new ListShape(Shape.Structure(new ShapeMember("AmiLaunchIndex", Shape.Number, "amiLaunchIndex")), "item"), "instancesSet")), "item"), "reservationSet"));
        var xml = Ec2XmlWriter.SuccessToString("DescribeInstances", new ResultStruct("x", [new ResultList("reservationSet",
            [new ResultStruct("item", [new ResultValue("reservationId", "r-1"), new ResultList("instancesSet", [new ResultStruct("item", [new ResultValue("amiLaunchIndex", "0")])])])])]), "req-3");

        var response = Ec2XmlReader.ReadSuccess(xml, "DescribeInstances", shape);

        var reservation = (ResultStruct)((ResultList)response.Result.Child("Reservations")!).Members[0];
        Assert.Equal("r-1", reservation.ValueOf("ReservationId"));
        var instance = (ResultStruct)((ResultList)reservation.Child("Instances")!).Members[0];
        Assert.Equal(new ResultValue("AmiLaunchIndex", "0", ScalarKind.Number), instance.Child("AmiLaunchIndex"));
        Assert.Equal("req-3", response.RequestId);
    }

    private sealed class FilterComparer : IEqualityComparer<Ec2Filter>
    {
        public bool Equals(Ec2Filter? x, Ec2Filter? y) => x!.Name == y!.Name && x.Values.SequenceEqual(y.Values);

        public int GetHashCode(Ec2Filter obj) => obj.Name.GetHashCode(StringComparison.Ordinal);
    }
}
