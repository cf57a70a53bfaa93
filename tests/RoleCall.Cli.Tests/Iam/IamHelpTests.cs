using RoleCall.Cli.Commands.Iam;
using RoleCall.Cli.Commands.Iam.Model;

namespace RoleCall.Cli.Tests.Iam;

/// <summary>Issue 7: help for every command and parameter, with botocore's documentation as plain text.</summary>
public sealed class IamHelpTests
{
    [Fact]
    public void Should_describe_the_operation_and_every_parameter_in_plain_text()
    {
        var help = IamHelp.For(IamModel.Instance.Operation("GetRole"));
        Assert.Contains("Retrieves information about the specified role", help, StringComparison.Ordinal);
        Assert.Contains("  --role-name (string) [required]\n      The name of the IAM role to get information about.", help, StringComparison.Ordinal);
        Assert.Contains("(through its regex pattern)", help, StringComparison.Ordinal);
        Assert.DoesNotContain("<p>", help, StringComparison.Ordinal);
        Assert.DoesNotContain("<a href", help, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_show_the_paging_options_instead_of_marker_and_max_items_on_a_paginated_command()
    {
        var help = IamHelp.For(IamModel.Instance.Operation("ListRoles"));
        Assert.Contains("  --max-items (integer)\n      The total number of items to return in the command's output.", help, StringComparison.Ordinal);
        Assert.Contains("  --starting-token (string)", help, StringComparison.Ordinal);
        Assert.DoesNotContain("--marker", help, StringComparison.Ordinal);
        Assert.Contains("list-roles is a paginated operation.", help, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_have_a_description_for_every_parameter_of_every_command()
    {
        var docs = IamDocs.Load();
        var undocumented = IamModel.Instance.Operations
            .SelectMany(o => (o.Input?.Members ?? []).Select(m => (o.Name, m.Name)))
            .Where(p => docs.Parameter(p.Item1, p.Item2).Length == 0)
            .ToList();
        Assert.Empty(undocumented);
        Assert.All(IamModel.Instance.Operations, o => Assert.NotEmpty(docs.Operation(o.Name)));
    }
}
