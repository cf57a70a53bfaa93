namespace RoleCall.IdentityCenter.Model;

/// <summary>A user's membership of a group; the unique name keeps one membership per (group, user).</summary>
public sealed record GroupMembership(string Id, string Scope, string GroupId, string UserId) : IcItem(Id, Scope)
{
    public override string? UniqueName => $"{GroupId}/{UserId}";
}
