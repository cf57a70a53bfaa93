namespace RoleCall.Iam.Model;

/// <summary>An IAM group. Membership is recorded on the users (<see cref="IamUser.GroupIds"/>).</summary>
public sealed record IamGroup(string AccountId, string Id, string Name, string Path, DateTimeOffset CreateDate)
    : IamEntity(AccountId, Id, Name, Path, CreateDate)
{
    public override EntityKind Kind => EntityKind.Group;
}
