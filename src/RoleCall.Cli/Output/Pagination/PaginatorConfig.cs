namespace RoleCall.Cli.Output.Pagination;

/// <summary>
/// One operation's entry of botocore's paginators-1.json: the request parameter that carries the token
/// (`Marker`), the response field that returns it, the flag that says more pages exist (`IsTruncated`),
/// the page-size parameter (`MaxItems`), the list keys merged across pages and the keys kept from page one.
/// </summary>
internal sealed record PaginatorConfig(
    string InputToken,
    string OutputToken,
    string? MoreResults,
    string? LimitKey,
    IReadOnlyList<string> ResultKeys,
    IReadOnlyList<string> NonAggregateKeys)
{
    /// <summary>
    /// The member the AWS CLI's --max-items stands in for (IAM's MaxItems): a paginated command does not bind it
    /// itself; with automatic pagination off, --max-items is sent as this member.
    /// </summary>
    public bool IsLimitKey(string member) => member == LimitKey;

    /// <summary>
    /// The input members the paging options replace in help: the token (`--marker`, which the AWS CLI still
    /// accepts undocumented and which then turns automatic pagination off) and the limit key.
    /// </summary>
    public bool ReplacesMember(string member) => member == InputToken || IsLimitKey(member);
}
