namespace RoleCall.Policy.Model;

/// <summary>A statement's Effect.</summary>
public enum Effect
{
    Allow,
    Deny,
}
