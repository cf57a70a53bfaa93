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
    /// The input members the AWS CLI's paging options (--starting-token, --page-size, --max-items) stand in
    /// for, so a paginated command neither offers nor binds them itself.
    /// </summary>
    public bool ReplacesMember(string member) => member == InputToken || member == LimitKey;

    /// <summary>IAM's uniform Marker / IsTruncated / MaxItems scheme.</summary>
    public static PaginatorConfig IamMarker(params string[] resultKeys) =>
        new("Marker", "Marker", "IsTruncated", "MaxItems", resultKeys, []);
}
