namespace RoleCall.Iam.Store;

/// <summary>A page of a listing; <see cref="NextAfter"/> is the sort key to continue after, null on the last page.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextAfter)
{
    public bool IsTruncated => NextAfter is not null;
}
