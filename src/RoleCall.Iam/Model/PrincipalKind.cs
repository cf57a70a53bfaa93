namespace RoleCall.Iam.Model;

/// <summary>Who signed a request: the kinds GetCallerIdentity and `aws:PrincipalType` distinguish.</summary>
public enum PrincipalKind
{
    Root,
    User,
    AssumedRole,
    FederatedUser,
}
