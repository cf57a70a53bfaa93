using RoleCall.Cli.Commands.Iam;
using RoleCall.Cli.Commands.Iam.Model;
using RoleCall.Cli.Commands.Iam.Parameters;
using RoleCall.Cli.Hosting;
using RoleCall.Core.Errors;

namespace RoleCall.Cli.Tests.Iam;

/// <summary>Issue 7: argparse's unique-prefix abbreviations as the AWS CLI accepts them (judged live in IamCliOptionsDifferentialTests).</summary>
public sealed class OptionPrefixesTests
{
    private static CommandContext Expand(string operation, params string[] args)
    {
        using var console = new BufferConsole();
        var context = new CommandContext(new GlobalOptions(), new ArgumentReader(args), console, new Dictionary<string, string>(), TimeProvider.System);
        return OptionPrefixes.Expand(context, IamOptions.Names(IamModel.Instance.Operation(operation)));
    }

    [Fact]
    public void Should_write_out_a_unique_prefix_of_a_command_option_in_both_spellings()
    {
        Assert.Equal(["--role-name", "r1"], Expand("GetRole", "--role-n", "r1").Arguments.Remaining);
        Assert.Equal(["--role-name=r1"], Expand("GetRole", "--role-n=r1").Arguments.Remaining);
        Assert.Equal(["--max-items", "3", "--path-prefix", "/a/"], Expand("ListRoles", "--max", "3", "--path-p", "/a/").Arguments.Remaining);
    }

    [Fact]
    public void Should_take_a_prefix_of_one_global_option_as_that_global_option()
    {
        var context = Expand("GetRole", "--role-name", "r1", "--que", "Role.Arn", "--out=text", "--no-pag");
        Assert.Equal(["--role-name", "r1"], context.Arguments.Remaining);
        Assert.Equal(("Role.Arn", "text", true), (context.Globals.Query, context.Globals.Output, context.Globals.NoPaginate));
        Assert.Equal("/etc/ca.pem", Expand("GetRole", "--role-name", "r1", "--ca-b", "/etc/ca.pem").Globals.CaBundle);
    }

    [Fact]
    public void Should_reject_an_ambiguous_prefix_naming_the_candidates_in_the_aws_cli_order()
    {
        var command = Assert.Throws<UsageException>(() => Expand("ListRoles", "--pa", "2"));
        Assert.Equal("ambiguous option: --pa could match --path-prefix, --page-size", command.Message);
        var global = Assert.Throws<UsageException>(() => Expand("ListRoles", "--cli-"));
        Assert.StartsWith("ambiguous option: --cli- could match --cli-read-timeout, --cli-connect-timeout,", global.Message);
    }

    [Fact]
    public void Should_leave_exact_names_values_and_unknown_options_alone()
    {
        // --path is exact on create-role although it is also a prefix of nothing else there; --bogus stays to be reported.
        Assert.Equal(["--path", "/p/", "--bogus"], Expand("CreateRole", "--path", "/p/", "--bogus").Arguments.Remaining);
        Assert.Equal(["--set-as-default"], Expand("CreatePolicyVersion", "--set-as-default").Arguments.Remaining);
        Assert.Equal(["--no-set-as-default"], Expand("CreatePolicyVersion", "--no-set-as").Arguments.Remaining);
    }
}
