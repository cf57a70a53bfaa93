using RoleCall.Protocol.Query;

namespace RoleCall.Protocol.Tests.Query;

public sealed class QueryXmlReaderTests
{
    private static readonly StructureShape GetUserShape = Shape.Structure(
        new ShapeMember("User", Shape.Structure(
            new ShapeMember("Path", Shape.Text),
            new ShapeMember("UserName", Shape.Text),
            new ShapeMember("UserId", Shape.Text),
            new ShapeMember("Arn", Shape.Text),
            new ShapeMember("CreateDate", Shape.Timestamp),
            new ShapeMember("PasswordLastUsed", Shape.Timestamp),
            new ShapeMember("Tags", Shape.List(Shape.Structure(new ShapeMember("Key", Shape.Text), new ShapeMember("Value", Shape.Text)))))));

    [Fact]
    public void Should_read_what_the_writer_wrote_in_shape_order()
    {
        var xml = QueryXmlWriter.SuccessToString("GetUser", QueryNamespaces.Iam, QueryXmlWriterTests.GetUserResult, "req-1");

        var response = QueryXmlReader.ReadSuccess(xml, "GetUser", GetUserShape);

        Assert.Equal("req-1", response.RequestId);
        // Writing the tree read back gives the same document: same nodes, order, kinds and text.
        Assert.Equal(xml, QueryXmlWriter.SuccessToString("GetUser", QueryNamespaces.Iam, response.Result, "req-1"));
        var createDate = ((ResultStruct)response.Result.Children[0]).Child("CreateDate");
        Assert.Equal(ScalarKind.Timestamp, Assert.IsType<ResultValue>(createDate).Kind);
    }

    [Fact]
    public void Should_follow_the_shape_order_not_the_document_order_and_skip_unknown_elements()
    {
        const string xml = """
            <GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
              <GetCallerIdentityResult>
                <Arn>arn:aws:iam::123456789012:user/alice</Arn>
                <Surprise>x</Surprise>
                <UserId>AIDAEXAMPLE</UserId>
                <Account>123456789012</Account>
              </GetCallerIdentityResult>
              <ResponseMetadata><RequestId>abc</RequestId></ResponseMetadata>
            </GetCallerIdentityResponse>
            """;
        var shape = Shape.Structure(new ShapeMember("UserId", Shape.Text), new ShapeMember("Account", Shape.Text), new ShapeMember("Arn", Shape.Text));

        var result = QueryXmlReader.ReadSuccess(xml, "GetCallerIdentity", shape).Result;

        Assert.Equal(["UserId", "Account", "Arn"], result.Children.Select(c => c.Name));
        Assert.Equal("123456789012", result.ValueOf("Account"));
    }

    [Fact]
    public void Should_read_maps_and_typed_scalars()
    {
        const string xml = "<R><XResult><SummaryMap><entry><key>Users</key><value>3</value></entry></SummaryMap><IsTruncated>false</IsTruncated></XResult></R>";
        var shape = Shape.Structure(new ShapeMember("SummaryMap", Shape.Map(Shape.Number)), new ShapeMember("IsTruncated", Shape.Boolean));

        var result = QueryXmlReader.ReadSuccess(xml, "X", shape).Result;

        var map = Assert.IsType<ResultMap>(result.Children[0]);
        Assert.Equal("Users", map.Entries[0].Key);
        Assert.Equal(new ResultValue("value", "3", ScalarKind.Number), map.Entries[0].Value);
        Assert.Equal(ScalarKind.Boolean, Assert.IsType<ResultValue>(result.Children[1]).Kind);
    }

    [Fact]
    public void Should_read_an_AWS_error_body()
    {
        const string xml = """
            <ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
              <Error>
                <Type>Sender</Type>
                <Code>AccessDenied</Code>
                <Message>User: arn:aws:iam::123456789012:user/alice is not authorized to perform: sts:AssumeRole</Message>
              </Error>
              <RequestId>c6104cbe-af31-11e0-8154-cbc7ccf896c7</RequestId>
            </ErrorResponse>
            """;

        var error = QueryXmlReader.ReadError(xml, 403, "AssumeRole");

        Assert.Equal("AccessDenied", error.Code);
        Assert.StartsWith("User: arn:aws:iam::123456789012:user/alice", error.Message, StringComparison.Ordinal);
        Assert.Equal("c6104cbe-af31-11e0-8154-cbc7ccf896c7", error.RequestId);
        Assert.Equal(403, error.HttpStatus);
        Assert.Equal("AssumeRole", error.Operation);
        Assert.True(error.SenderFault);
    }

    [Fact]
    public void Should_fall_back_to_the_status_for_a_body_that_is_not_an_AWS_error()
    {
        var error = QueryXmlReader.ReadError("<html>Bad gateway</html>", 502, "GetCallerIdentity", "hdr-id");

        Assert.Equal("502", error.Code);
        Assert.Equal("Bad Gateway", error.Message);
        Assert.Equal("hdr-id", error.RequestId);
        Assert.False(error.SenderFault);
    }
}
