using RoleCall.Cli.Output;
using RoleCall.JmesPath.Values;
using RoleCall.Protocol.Query;

namespace RoleCall.Cli.Tests.Output;

/// <summary>The Query response tree becomes what botocore parses (checked against `aws iam get-role` on moto_server).</summary>
public sealed class ResultNodeConverterTests
{
    private static readonly ResultStruct GetRole = new("GetRoleResult",
    [
        new ResultStruct("Role",
        [
            new ResultValue("RoleName", "r1"),
            new ResultValue("CreateDate", "2026-11-21T15:47:11.607356Z", ScalarKind.Timestamp),
            new ResultValue("AssumeRolePolicyDocument",
                "%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%7B%22Effect%22%3A%22Allow%22%7D%5D%7D"),
            new ResultValue("MaxSessionDuration", "3600", ScalarKind.Number),
            new ResultValue("PermissionsBoundaryUsageCount", "1.5", ScalarKind.Number),
            new ResultValue("IsTruncated", "false", ScalarKind.Boolean),
            new ResultStruct("RoleLastUsed", []),
            new ResultList("Tags", []),
        ]),
    ]);

    [Fact]
    public void Should_print_like_the_AWS_CLI_v1_prints_get_role()
    {
        var output = new StringWriter();
        OutputWriter.Write(GetRole, new OutputOptions(OutputFormat.Json, null, "GetRole"), output);
        Assert.Equal(
            """
            {
                "Role": {
                    "RoleName": "r1",
                    "CreateDate": "2026-11-21T15:47:11.607356Z",
                    "AssumeRolePolicyDocument": {
                        "Version": "2012-10-17",
                        "Statement": [
                            {
                                "Effect": "Allow"
                            }
                        ]
                    },
                    "MaxSessionDuration": 3600,
                    "PermissionsBoundaryUsageCount": 1.5,
                    "IsTruncated": false,
                    "RoleLastUsed": {},
                    "Tags": []
                }
            }

            """.ReplaceLineEndings("\n"),
            output.ToString());
    }

    [Fact]
    public void Should_reprint_timestamps_as_python_isoformat_when_asked()
    {
        var role = (JmesObject)((JmesObject)ResultNodeConverter.Convert(GetRole, TimestampFormat.Iso8601)).Get("Role");
        Assert.Equal("2026-11-21T15:47:11.607356+00:00", ((JmesString)role.Get("CreateDate")).Value);

        var whole = ResultNodeConverter.Convert(new ResultValue("Expiration", "2024-01-01T00:00:00Z", ScalarKind.Timestamp), TimestampFormat.Iso8601);
        Assert.Equal("2024-01-01T00:00:00+00:00", ((JmesString)whole).Value);
    }

    [Fact]
    public void Should_keep_a_policy_document_that_is_not_JSON_as_text()
    {
        var node = new ResultStruct("R", [new ResultValue("PolicyDocument", "not%20json")]);
        Assert.Equal("not%20json", ((JmesString)((JmesObject)ResultNodeConverter.Convert(node)).Get("PolicyDocument")).Value);
    }
}
