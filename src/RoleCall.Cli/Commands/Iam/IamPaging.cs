using System.Text.Json.Nodes;
using RoleCall.Cli.Commands.Iam.Model;
using RoleCall.Cli.Hosting;
using RoleCall.Cli.Output.Pagination;

namespace RoleCall.Cli.Commands.Iam;

/// <summary>
/// Whether one iam call pages automatically, decided as awscli/customizations/paginate.py does: a paginated
/// operation takes --max-items, --starting-token and --page-size; `--no-paginate`, a service token given by
/// hand (`--marker`) or a paging member in --cli-input-json (AWS CLI v2) make it a single call, where
/// --max-items becomes the API's own MaxItems and the other two are an error.
/// </summary>
internal static class IamPaging
{
    /// <summary>The paging options of a paginated operation (null for the others, which do not accept them).</summary>
    public static PaginationOptions? Read(IamOperation operation, ArgumentReader args) =>
        operation.Paginator is null ? null : new(args.IntOption("--max-items"), args.Option("--starting-token"), args.IntOption("--page-size"));

    /// <summary>
    /// True to paginate automatically; false for one call, with --max-items moved into
    /// <paramref name="values"/> as the limit key.
    /// </summary>
    public static bool Paginates(IamOperation operation, PaginationOptions? paging, JsonObject values, bool noPaginate)
    {
        if (operation.Paginator is not { } paginator || paging is null)
        {
            return false;
        }

        // An unshadowed limit key (EC2's --max-results) is only a page size to awscli: pagination goes on.
        var shadows = Shadows(operation);
        var manual = values.ContainsKey(paginator.InputToken) || (shadows && paginator.LimitKey is { } key && values.ContainsKey(key));
        if (!noPaginate && !manual)
        {
            return true;
        }

        paging.EnsureUnusedWithNoPaginate(maxItemsToo: !shadows);
        if (shadows && paging.MaxItems is { } max && paginator.LimitKey is { } limit)
        {
            values[limit] = max;
        }

        return false;
    }

    /// <summary>
    /// True when the operation's own limit key is exposed as `--max-items` (IAM's MaxItems), so awscli's paging
    /// option shadows it and gives it back with --no-paginate; false for EC2's MaxResults (`--max-results`).
    /// </summary>
    public static bool Shadows(IamOperation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return operation.Paginator?.LimitKey is { } key && operation.Input?.Members.Exists(m => m.Name == key && m.CliName == "max-items") == true;
    }

    /// <summary>The input members the command does not bind itself: a shadowed limit key (IAM's MaxItems).</summary>
    public static bool IsPagingMember(IamOperation operation, string member) =>
        operation.Paginator?.IsLimitKey(member) == true && Shadows(operation);
}
