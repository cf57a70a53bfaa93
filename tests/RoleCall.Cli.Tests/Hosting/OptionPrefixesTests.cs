using RoleCall.Cli.Commands.Iam;
using RoleCall.Cli.Commands.Iam.Model;
using RoleCall.Cli.Hosting;
using RoleCall.Core.Errors;

namespace RoleCall.Cli.Tests.Hosting;

/// <summary>
/// Issues 7 and 17: argparse's unique-prefix abbreviations as the AWS CLI accepts them, for every command
/// (judged live in IamCliOptionsDifferentialTests and StsCliOptionsDifferentialTests).
/// </summary>
public sealed class OptionPrefixesTests
{
    private static List<string> Expand(string operation, params string[] args) =>
        OptionPrefixes.Expand(args, IamOptions.Names(IamModel.Instance.Operation(operation)));

    private static (GlobalOptions Options, List<string> Remaining) Globals(params string[] args) => GlobalOptionParser.Parse(args);

    [Fact]
    public void Should_write_out_a_unique_prefix_of_a_command_option_in_both_spellings()
    {
        Assert.Equal(["--role-name", "r1"], Expand("GetRole", "--role-n", "r1"));
        Assert.Equal(["--role-name=r1"], Expand("GetRole", "--role-n=r1"));
        Assert.Equal(["--max-items", "3", "--path-prefix", "/a/"], Expand("ListRoles", "--max", "3", "--path-p", "/a/"));
    }

    [Fact]
    public void Should_take_a_prefix_of_one_global_option_as_that_global_option()
    {
        var (globals, rest) = Globals("--role-name", "r1", "--que", "Role.Arn", "--out=text", "--no-pag", "--ca-b", "/etc/ca.pem");

        Assert.Equal(["--role-name", "r1"], rest);
        Assert.Equal(("Role.Arn", "text", true, "/etc/ca.pem"), (globals.Query, globals.Output, globals.NoPaginate, globals.CaBundle));
    }

    [Fact]
    public void Should_reject_an_ambiguous_prefix_naming_the_candidates_in_the_aws_cli_order()
    {
        var command = Assert.Throws<UsageException>(() => Expand("ListRoles", "--pa", "2"));
        Assert.Equal("ambiguous option: --pa could match --path-prefix, --page-size", command.Message);
        var global = Assert.Throws<UsageException>(() => Globals("--cli-"));
        Assert.Equal(ExitCodes.BadSyntax, global.ExitCode);
        Assert.Equal("ambiguous option: --cli- could match --cli-read-timeout, --cli-connect-timeout, --cli-binary-format, --cli-auto-prompt", global.Message);
    }

    [Fact]
    public void Should_leave_exact_names_values_unknown_options_and_everything_after_double_dash_alone()
    {
        // --path is exact on create-role; --bogus stays to be reported as unknown.
        Assert.Equal(["--path", "/p/", "--bogus"], Expand("CreateRole", "--path", "/p/", "--bogus"));
        Assert.Equal(["--set-as-default"], Expand("CreatePolicyVersion", "--set-as-default"));
        Assert.Equal(["--no-set-as-default"], Expand("CreatePolicyVersion", "--no-set-as"));
        Assert.Equal(["--role-name", "r", "--", "--role-n"], Expand("GetRole", "--role-n", "r", "--", "--role-n"));
        Assert.Equal(["--", "aws", "--que", "x"], Globals("--", "aws", "--que", "x").Remaining);
    }
}
