namespace RoleCall.Policy.Authorization;

/// <summary>The outcome of an authorization. The default value is ImplicitDeny, so an unset decision fails closed.</summary>
public enum Decision
{
    ImplicitDeny = 0,
    Allow,
    ExplicitDeny,
}
