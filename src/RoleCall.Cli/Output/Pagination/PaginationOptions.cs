namespace RoleCall.Cli.Output.Pagination;

/// <summary>
/// The AWS CLI's paging options: `--max-items` (stop after this many items and print a NextToken),
/// `--starting-token` (continue from one), `--page-size` (the service's MaxItems per call).
/// </summary>
internal sealed record PaginationOptions(int? MaxItems = null, string? StartingToken = null, int? PageSize = null)
{
    /// <summary>
    /// With `--no-paginate` the command calls the service once; the AWS CLI then rejects --starting-token and
    /// --page-size (for IAM, --max-items becomes the API's own MaxItems parameter instead).
    /// </summary>
    /// <param name="maxItemsToo">Also refuse --max-items (when it shadows no member of the operation, as for EC2).</param>
    public void EnsureUnusedWithNoPaginate(bool maxItemsToo = false)
    {
        var used = new List<string>();
        if (StartingToken is not null)
        {
            used.Add("--starting-token");
        }

        if (PageSize is not null)
        {
            used.Add("--page-size");
        }

        if (maxItemsToo && MaxItems is not null)
        {
            used.Add("--max-items");
        }

        if (used.Count > 0)
        {
            throw OutputErrors.PagingWithNoPaginate(used);
        }
    }
}
