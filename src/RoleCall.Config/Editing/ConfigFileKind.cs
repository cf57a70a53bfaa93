namespace RoleCall.Config.Editing;

/// <summary>Which shared file an edit goes to; they name sections differently (<c>[profile x]</c> vs <c>[x]</c>).</summary>
public enum ConfigFileKind
{
    Config,
    Credentials,
}
