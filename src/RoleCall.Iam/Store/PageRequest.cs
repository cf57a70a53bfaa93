namespace RoleCall.Iam.Store;

/// <summary>
/// One page of a name-ordered listing: items whose sort key is strictly after <paramref name="After"/> (null =
/// from the start), at most <paramref name="Limit"/> of them. Handlers turn IAM's opaque Marker into After.
/// </summary>
public sealed record PageRequest(string? After, int Limit)
{
    public static PageRequest All { get; } = new(null, int.MaxValue);
}
