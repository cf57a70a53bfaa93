namespace RoleCall.Iam.Model;

/// <summary>The IAM identities that hold policies: what Attach*/Put*Policy and ListEntitiesForPolicy range over.</summary>
public enum EntityKind
{
    User,
    Group,
    Role,
}
