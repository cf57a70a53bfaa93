using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Components;
using RoleCall.Core.Errors;
using RoleCall.Protocol.Query;
using RoleCall.Web.Hosting;
using RoleCall.Web.Pages;
using RoleCall.Web.Services;

namespace RoleCall.Web.Handlers;

/// <summary>
/// /console/iam/users, /roles, /policies: one page of 100 at a time (IAM's Marker), listed with the current
/// identity's permissions; a denied listing shows AWS's AccessDenied message instead.
/// Cache: <see cref="renderedRows"/> keeps the rendered table rows of a listing whose result list IAM hands
/// out again unchanged (<see cref="ReusableResults"/>: ListRoles returns the same `Roles` node for the
/// store's cached page). Invalidation: a role write makes the store list a new page, so IAM answers with a new
/// node, which has no rendering yet; the old one goes with its node (weakly keyed). The authorization still
/// runs per request, in the IAM call.
/// </summary>
internal sealed class IamListHandler(IamCalls iam, PageRenderer pages)
{
    private const string PageSize = "100";

    private readonly ConditionalWeakTable<ResultNode, string> renderedRows = [];

    public Task UsersAsync(ConsoleRequest request) => ListAsync(request, "Users", "ListUsers", "Users", ["ARN", "Created"],
        m => new IamListRow(m.Text("UserName") ?? "", "/console/iam/users/" + Uri.EscapeDataString(m.Text("UserName") ?? ""), [m.Text("Arn") ?? "", m.Text("CreateDate") ?? ""]));

    public Task RolesAsync(ConsoleRequest request) => ListAsync(request, "Roles", "ListRoles", "Roles", ["ARN", "Description"],
        m => new IamListRow(m.Text("RoleName") ?? "", "/console/iam/roles/" + Uri.EscapeDataString(m.Text("RoleName") ?? ""), [m.Text("Arn") ?? "", m.Text("Description") ?? ""]));

    public Task PoliciesAsync(ConsoleRequest request) => ListAsync(request, "Policies", "ListPolicies", "Policies", ["ARN", "Attachments"],
        m => new IamListRow(m.Text("PolicyName") ?? "", "/console/iam/policy?arn=" + Uri.EscapeDataString(m.Text("Arn") ?? ""), [m.Text("Arn") ?? "", m.Text("AttachmentCount") ?? ""]),
        ("Scope", "Local"));

    private async Task ListAsync(ConsoleRequest request, string title, string action, string member, IReadOnlyList<string> columns,
        Func<ResultNode, IamListRow> row, params (string, string)[] extra)
    {
        var marker = request.Query("marker");
        (string, string)[] parameters = [("MaxItems", PageSize), .. extra, .. marker.Length > 0 ? [("Marker", marker)] : Array.Empty<(string, string)>()];
        try
        {
            var result = iam.Iam(request.Session!.Current, action, parameters);
            var next = result.Text("Marker") is { } m ? $"{request.Http.Request.Path}?marker={Uri.EscapeDataString(m)}" : null;
            var rows = await RowsAsync(result.Node(member), row);
            await pages.WriteAsync<IamListPage>(request.Http, new IamListModel(request.Chrome(title), columns, new MarkupString(rows), next));
        }
        catch (AwsServiceException e)
        {
            await pages.WriteAsync<IamListPage>(request.Http, new IamListModel(request.Chrome(title, ConsoleErrors.Describe(e)), columns, default, null), e.HttpStatus);
        }
    }

    private async Task<string> RowsAsync(ResultNode? list, Func<ResultNode, IamListRow> row)
    {
        if (list is not null && renderedRows.TryGetValue(list, out var cached))
        {
            return cached;
        }

        var html = await pages.HtmlAsync<IamListRows>(list.Members().Select(row).ToList());
        if (list is not null && ReusableResults.IsReusable(list))
        {
            renderedRows.AddOrUpdate(list, html);
        }

        return html;
    }
}
