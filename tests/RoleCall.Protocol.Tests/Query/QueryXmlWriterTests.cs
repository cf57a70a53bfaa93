using RoleCall.Core.Errors;
using RoleCall.Protocol.Query;

namespace RoleCall.Protocol.Tests.Query;

public sealed class QueryXmlWriterTests
{
    internal static readonly ResultStruct GetUserResult = new("GetUserResult",
    [
        new ResultStruct("User",
        [
            new ResultValue("Path", "/"),
            new ResultValue("UserName", "alice & <bob>"),
            new ResultValue("UserId", "AIDAEXAMPLE"),
            new ResultValue("Arn", "arn:aws:iam::123456789012:user/alice"),
            new ResultValue("CreateDate", "2026-11-21T15:00:00Z", ScalarKind.Timestamp),
            new ResultList("Tags", [new ResultStruct("member", [new ResultValue("Key", "team"), new ResultValue("Value", "infra")])]),
        ]),
    ]);

    [Fact]
    public void Should_write_a_success_body_as_AWS_shapes_it()
    {
        var xml = QueryXmlWriter.SuccessToString("GetUser", QueryNamespaces.Iam, GetUserResult, "req-1");

        Assert.Equal(
            """
            <GetUserResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">
              <GetUserResult>
                <User>
                  <Path>/</Path>
                  <UserName>alice &amp; &lt;bob&gt;</UserName>
                  <UserId>AIDAEXAMPLE</UserId>
                  <Arn>arn:aws:iam::123456789012:user/alice</Arn>
                  <CreateDate>2026-11-21T15:00:00Z</CreateDate>
                  <Tags>
                    <member>
                      <Key>team</Key>
                      <Value>infra</Value>
                    </member>
                  </Tags>
                </User>
              </GetUserResult>
              <ResponseMetadata>
                <RequestId>req-1</RequestId>
              </ResponseMetadata>
            </GetUserResponse>

            """, xml);
    }

    [Fact]
    public void Should_leave_out_the_result_element_when_there_is_no_result()
    {
        var xml = QueryXmlWriter.SuccessToString("DeleteUser", QueryNamespaces.Iam, null, "req-2");

        Assert.DoesNotContain("DeleteUserResult", xml, StringComparison.Ordinal);
        Assert.StartsWith("<DeleteUserResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\">\n  <ResponseMetadata>", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_write_empty_lists_as_empty_elements_and_maps_as_entries()
    {
        var result = new ResultStruct("R", [new ResultList("Roles", []), new ResultMap("SummaryMap", [new("Users", new ResultValue("value", "3", ScalarKind.Number))])]);

        var xml = QueryXmlWriter.SuccessToString("X", QueryNamespaces.Iam, result, "r");

        Assert.Contains("<Roles/>", xml, StringComparison.Ordinal);
        Assert.Contains("<SummaryMap>\n      <entry>\n        <key>Users</key>\n        <value>3</value>\n      </entry>\n    </SummaryMap>", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_write_an_error_body_as_AWS_shapes_it()
    {
        var error = AwsServiceException.NoSuchEntity("The user with name bob cannot be found.");

        var xml = QueryXmlWriter.ErrorToString(QueryNamespaces.Iam, error, "req-3");

        Assert.Equal(
            """
            <ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">
              <Error>
                <Type>Sender</Type>
                <Code>NoSuchEntity</Code>
                <Message>The user with name bob cannot be found.</Message>
              </Error>
              <RequestId>req-3</RequestId>
            </ErrorResponse>

            """, xml);
    }

    [Fact]
    public void Should_mark_service_faults_as_Receiver()
    {
        var xml = QueryXmlWriter.ErrorToString(QueryNamespaces.Sts, AwsServiceException.ServiceFailure("boom"), "r");

        Assert.Contains("<Type>Receiver</Type>", xml, StringComparison.Ordinal);
        Assert.Contains(QueryNamespaces.Sts, xml, StringComparison.Ordinal);
    }
}
