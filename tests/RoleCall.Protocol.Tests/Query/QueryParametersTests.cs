using RoleCall.Protocol.Query;

namespace RoleCall.Protocol.Tests.Query;

public sealed class QueryParametersTests
{
    [Fact]
    public void Should_flatten_lists_structures_and_maps_the_way_botocore_does()
    {
        var builder = new QueryParameterBuilder("AssumeRole", "2011-06-15")
            .Add("RoleArn", "arn:aws:iam::123456789012:role/Admin")
            .Add("DurationSeconds", 900)
            .Add("ExternalId", (string?)null)
            .AddList("PolicyArns", [])
            .AddStructureList("Tags", [("team", "infra"), ("env", "dev")], t => [new("Key", t.Item1), new("Value", t.Item2)])
            .AddList("TransitiveTagKeys", ["team"]);

        Assert.Equal(
            "Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2FAdmin&DurationSeconds=900"
            + "&Tags.member.1.Key=team&Tags.member.1.Value=infra&Tags.member.2.Key=env&Tags.member.2.Value=dev&TransitiveTagKeys.member.1=team",
            builder.ToFormBody());
    }

    [Fact]
    public void Should_read_back_what_the_builder_wrote()
    {
        var body = new QueryParameterBuilder("X", "1")
            .AddList("PolicyArns", ["arn:a", "arn:b"])
            .AddStructureList("Tags", ["k1", "k2"], k => [new("Key", k), new("Value", k.ToUpperInvariant())])
            .AddMap("Attributes", [new("color", "red"), new("size", "L")])
            .ToFormBody();
        var parameters = FormCodec.Parse(body);

        Assert.Equal(["arn:a", "arn:b"], QueryParameters.GetList(parameters, "PolicyArns"));
        var tags = QueryParameters.GetStructureList(parameters, "Tags", "Key", "Value");
        Assert.Equal(2, tags.Count);
        Assert.Equal("K2", tags[1]["Value"]);
        Assert.Equal("red", QueryParameters.GetMap(parameters, "Attributes")["color"]);
    }

    [Fact]
    public void Should_end_a_list_at_the_first_missing_index()
    {
        var parameters = FormCodec.Parse("L.member.1=a&L.member.2=b&L.member.4=d");

        Assert.Equal(["a", "b"], QueryParameters.GetList(parameters, "L"));
    }
}
