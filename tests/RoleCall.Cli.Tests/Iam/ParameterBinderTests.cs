using RoleCall.Cli.Commands.Iam.Model;
using RoleCall.Cli.Commands.Iam.Parameters;
using RoleCall.Cli.Hosting;
using RoleCall.Core.Errors;

namespace RoleCall.Cli.Tests.Iam;

public sealed class ParameterBinderTests
{
    private static List<KeyValuePair<string, string>> Bind(string operation, params string[] args)
    {
        var input = IamModel.Instance.Operation(operation).Input!;
        var reader = new ArgumentReader(args);
        var values = ParameterBinder.Bind(input, reader, p => p, _ => false);
        reader.EnsureConsumed();
        return QueryFlattener.Flatten(input, values);
    }

    [Fact]
    public void Should_send_tags_given_in_shorthand_as_query_structure_lists()
    {
        var sent = Bind("CreateUser", "--user-name", "alice", "--tags", "Key=team,Value=blue", "Key=env,Value='a,b'");
        Assert.Equal(
        [
            new("UserName", "alice"),
            new("Tags.member.1.Key", "team"), new("Tags.member.1.Value", "blue"),
            new("Tags.member.2.Key", "env"), new("Tags.member.2.Value", "a,b"),
        ], sent);
    }

    [Fact]
    public void Should_accept_json_lists_and_booleans_as_flags()
    {
        var tags = Bind("TagRole", "--role-name", "r", "--tags", "[{\"Key\":\"k\",\"Value\":\"v\"}]");
        Assert.Contains(new KeyValuePair<string, string>("Tags.member.1.Value", "v"), tags);
        var version = Bind("CreatePolicyVersion", "--policy-arn", "arn:aws:iam::123456789012:policy/p", "--policy-document", "{}", "--set-as-default");
        Assert.Contains(new KeyValuePair<string, string>("SetAsDefault", "true"), version);
        var notDefault = Bind("CreatePolicyVersion", "--policy-arn", "arn:aws:iam::123456789012:policy/p", "--policy-document", "{}", "--no-set-as-default");
        Assert.Contains(new KeyValuePair<string, string>("SetAsDefault", "false"), notDefault);
    }

    [Fact]
    public void Should_read_file_values_and_let_options_override_cli_input_json()
    {
        var dir = Directory.CreateTempSubdirectory();
        var policy = Path.Combine(dir.FullName, "trust.json");
        File.WriteAllText(policy, "{\"Version\":\"2012-10-17\"}");
        var input = Path.Combine(dir.FullName, "input.json");
        File.WriteAllText(input, "{\"RoleName\":\"from-file\",\"MaxSessionDuration\":7200}");
        var sent = Bind("CreateRole", "--cli-input-json", "file://" + input, "--role-name", "from-line", "--assume-role-policy-document", "file://" + policy);
        Assert.Equal([new("RoleName", "from-line"), new("AssumeRolePolicyDocument", "{\"Version\":\"2012-10-17\"}"), new("MaxSessionDuration", "7200")], sent);
    }

    [Fact]
    public void Should_list_each_action_name_as_a_member()
    {
        var sent = Bind("SimulateCustomPolicy", "--policy-input-list", "{}", "--action-names", "s3:GetObject", "s3:PutObject");
        Assert.Equal([new("PolicyInputList.member.1", "{}"), new("ActionNames.member.1", "s3:GetObject"), new("ActionNames.member.2", "s3:PutObject")], sent);
    }

    [Fact]
    public void Should_name_missing_required_options_as_the_aws_cli_does()
    {
        var e = Assert.Throws<UsageException>(() => Bind("CreateRole", "--role-name", "r"));
        Assert.Equal("the following arguments are required: --assume-role-policy-document", e.Message);
        Assert.Equal(ExitCodes.BadSyntax, e.ExitCode);
    }

    [Fact]
    public void Should_report_botocore_validation_errors_for_structure_members()
    {
        var missing = Assert.Throws<ParameterValidationException>(() => Bind("CreateUser", "--user-name", "u", "--tags", "Key=a,Value=b", "Key=c"));
        Assert.Contains("Missing required parameter in Tags[1]: \"Value\"", missing.Message);
        var unknown = Assert.Throws<ParameterValidationException>(() => Bind("CreateUser", "--user-name", "u", "--tags", "Key=a,Valu=b"));
        Assert.Equal(ExitCodes.BadSyntax, unknown.ExitCode);
        Assert.Contains("Unknown parameter in Tags[0]: \"Valu\", must be one of: Key, Value", unknown.Message);
    }

    [Fact]
    public void Should_check_the_models_minimums_in_botocore_words()
    {
        var e = Assert.Throws<ParameterValidationException>(() => Bind("GetUser", "--user-name", ""));
        Assert.Equal("Parameter validation failed:\nInvalid length for parameter UserName, value: 0, valid min length: 1", e.Message);
        var range = Assert.Throws<ParameterValidationException>(() => Bind("CreateRole", "--role-name", "r", "--assume-role-policy-document", "{}", "--max-session-duration", "10"));
        Assert.Equal("Parameter validation failed:\nInvalid value for parameter MaxSessionDuration, value: 10, valid min value: 3600", range.Message);
    }

    [Fact]
    public void Should_reject_a_non_integer_for_an_integer_member()
    {
        var e = Assert.Throws<UsageException>(() => Bind("CreateRole", "--role-name", "r", "--assume-role-policy-document", "{}", "--max-session-duration", "abc"));
        Assert.Contains("--max-session-duration", e.Message);
    }

    [Fact]
    public void Should_parse_nested_shorthand_with_lists_and_quotes()
    {
        var value = ShorthandParser.ParseStructure("ContextKeyName=aws:username,ContextKeyValues=[alice,bob],ContextKeyType=string", "--context-entries");
        Assert.Equal("{\"ContextKeyName\":\"aws:username\",\"ContextKeyValues\":[\"alice\",\"bob\"],\"ContextKeyType\":\"string\"}", value.ToJsonString());
        Assert.Throws<UsageException>(() => ShorthandParser.ParseStructure("Key", "--tags"));
        Assert.Throws<UsageException>(() => ShorthandParser.ParseStructure("Key='open", "--tags"));
    }

    [Fact]
    public void Should_bind_a_hand_given_marker_but_leave_max_items_to_the_paging_option_of_a_paginated_operation()
    {
        // issue 7: the AWS CLI keeps --marker as an undocumented option (it turns automatic pagination off),
        // while --max-items is its own paging option standing in for MaxItems.
        var operation = IamModel.Instance.Operation("ListRoles");
        var reader = new ArgumentReader(["--path-prefix", "/app/", "--marker", "m", "--max-items", "5"]);
        var values = ParameterBinder.Bind(operation.Input, reader, p => p, operation.Paginator!.IsLimitKey);
        Assert.Equal([new("PathPrefix", "/app/"), new("Marker", "m")], QueryFlattener.Flatten(operation.Input!, values));
        Assert.Equal(["--max-items", "5"], reader.Remaining);
        Assert.True(operation.Paginator.ReplacesMember("Marker"));
        Assert.False(operation.Paginator.ReplacesMember("PathPrefix"));
    }
}
