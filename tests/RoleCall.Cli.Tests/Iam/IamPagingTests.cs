using System.Text.Json.Nodes;
using RoleCall.Cli.Commands.Iam;
using RoleCall.Cli.Commands.Iam.Model;
using RoleCall.Cli.Output.Pagination;
using RoleCall.Core.Errors;

namespace RoleCall.Cli.Tests.Iam;

/// <summary>Issue 7: when an iam call pages automatically, as awscli/customizations/paginate.py decides.</summary>
public sealed class IamPagingTests
{
    private static readonly IamOperation ListRoles = IamModel.Instance.Operation("ListRoles");

    [Fact]
    public void Should_page_automatically_unless_told_otherwise()
    {
        Assert.True(IamPaging.Paginates(ListRoles, new PaginationOptions(MaxItems: 5), new JsonObject(), noPaginate: false));
        Assert.False(IamPaging.Paginates(IamModel.Instance.Operation("GetRole"), null, new JsonObject(), noPaginate: false));
    }

    [Fact]
    public void Should_make_one_call_with_max_items_as_the_api_limit_when_a_marker_is_given_by_hand()
    {
        var values = new JsonObject { ["Marker"] = "m" };
        Assert.False(IamPaging.Paginates(ListRoles, new PaginationOptions(MaxItems: 150), values, noPaginate: false));
        Assert.Equal(150, (int)values["MaxItems"]!);
    }

    [Fact]
    public void Should_turn_pagination_off_for_a_limit_given_in_cli_input_json_as_aws_cli_v2_does()
    {
        Assert.False(IamPaging.Paginates(ListRoles, new PaginationOptions(), new JsonObject { ["MaxItems"] = 2 }, noPaginate: false));
    }

    [Fact]
    public void Should_reject_starting_token_and_page_size_when_the_call_does_not_paginate()
    {
        var error = Assert.Throws<UsageException>(() =>
            IamPaging.Paginates(ListRoles, new PaginationOptions(StartingToken: "t", PageSize: 2), new JsonObject { ["Marker"] = "m" }, noPaginate: false));
        Assert.Equal("Cannot specify --no-paginate along with pagination arguments: --starting-token, --page-size", error.Message);
    }
}
