using System.Diagnostics;
using System.Text.Json;
using RoleCall.Core.Errors;
using RoleCall.Protocol.Query;

namespace RoleCall.Protocol.Tests.Query;

/// <summary>
/// botocore (the AWS CLI's parser) as the judge of the XML writer: bodies the writer produces are parsed by
/// botocore's QueryParser with the real IAM and STS models, and must yield what the AWS CLI would print.
/// </summary>
public sealed class BotocoreParsesWriterOutputTests
{
    [Fact]
    public void Should_be_parsed_by_botocore_into_the_values_written()
    {
        var listRoles = new ResultStruct("r",
        [
            new ResultList("Roles",
            [
                new ResultStruct("member",
                [
                    new ResultValue("Path", "/"),
                    new ResultValue("RoleName", "user-role"),
                    new ResultValue("RoleId", "AROAEXAMPLE"),
                    new ResultValue("Arn", "arn:aws:iam::123456789012:role/user-role"),
                    new ResultValue("CreateDate", "2026-11-21T15:00:00Z", ScalarKind.Timestamp),
                    new ResultValue("AssumeRolePolicyDocument", "%7B%22Version%22%3A%222012-10-17%22%7D"),
                    new ResultValue("MaxSessionDuration", "3600", ScalarKind.Number),
                ]),
            ]),
            new ResultValue("IsTruncated", "true", ScalarKind.Boolean),
            new ResultValue("Marker", "a&b<c>"),
        ]);
        var summary = new ResultStruct("r", [new ResultMap("SummaryMap", [new("Users", new ResultValue("value", "3", ScalarKind.Number)), new("Roles", new ResultValue("value", "1", ScalarKind.Number))])]);
        var cases = new[]
        {
            Case("iam", "ListRoles", 200, QueryXmlWriter.SuccessToString("ListRoles", QueryNamespaces.Iam, listRoles, "rid-1")),
            Case("iam", "GetAccountSummary", 200, QueryXmlWriter.SuccessToString("GetAccountSummary", QueryNamespaces.Iam, summary, "rid-2")),
            Case("iam", "DeleteUser", 200, QueryXmlWriter.SuccessToString("DeleteUser", QueryNamespaces.Iam, null, "rid-3")),
            Case("sts", "GetCallerIdentity", 403, QueryXmlWriter.ErrorToString(QueryNamespaces.Sts, AwsServiceException.AccessDenied("no & <way>"), "rid-4")),
        };

        var parsed = RunBotocore(cases);

        var roles = parsed[0].GetProperty("Roles")[0];
        Assert.Equal("user-role", roles.GetProperty("RoleName").GetString());
        Assert.Equal(3600, roles.GetProperty("MaxSessionDuration").GetInt32());
        Assert.Equal("2026-11-21 15:00:00+00:00", roles.GetProperty("CreateDate").GetString());
        // botocore URL-decodes policy documents itself, as the AWS CLI prints them.
        Assert.Equal("2012-10-17", roles.GetProperty("AssumeRolePolicyDocument").GetProperty("Version").GetString());
        Assert.True(parsed[0].GetProperty("IsTruncated").GetBoolean());
        Assert.Equal("a&b<c>", parsed[0].GetProperty("Marker").GetString());
        Assert.Equal("rid-1", parsed[0].GetProperty("ResponseMetadata").GetProperty("RequestId").GetString());
        Assert.Equal(3, parsed[1].GetProperty("SummaryMap").GetProperty("Users").GetInt32());
        Assert.Equal("rid-3", parsed[2].GetProperty("ResponseMetadata").GetProperty("RequestId").GetString());
        var error = parsed[3].GetProperty("Error");
        Assert.Equal(("AccessDenied", "no & <way>", "Sender"), (error.GetProperty("Code").GetString(), error.GetProperty("Message").GetString(), error.GetProperty("Type").GetString()));
        Assert.Equal("rid-4", parsed[3].GetProperty("ResponseMetadata").GetProperty("RequestId").GetString());
    }

    internal static string Case(string service, string operation, int status, string body) =>
        JsonSerializer.Serialize(new Dictionary<string, object> { ["service"] = service, ["op"] = operation, ["status"] = status, ["body"] = body });

    internal static List<JsonElement> RunBotocore(string[] cases)
    {
        const string script = """
            import sys, json, botocore.session, botocore.parsers, botocore.handlers
            session = botocore.session.get_session()
            for line in sys.stdin.read().splitlines():
                case = json.loads(line)
                model = session.get_service_model(case['service'])
                op = model.operation_model(case['op'])
                parsed = botocore.parsers.QueryParser().parse(
                    {'body': case['body'].encode(), 'headers': {}, 'status_code': case['status']}, op.output_shape)
                botocore.handlers.json_decode_policies(parsed, op)
                print(json.dumps(parsed, default=str))
            """;
        var start = new ProcessStartInfo("python3", ["-c", script]) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 with botocore is required: pip install botocore");
        process.StandardInput.Write(string.Join('\n', cases));
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEnd();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, "botocore is required for this judge (pip install botocore): " + errors);
        return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone())];
    }
}
