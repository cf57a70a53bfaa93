namespace RoleCall.Credentials.Export;

/// <summary>One output format for credentials (STYLE.md 8): the whole stdout text, golden-tested.</summary>
public interface ICredentialFormatter
{
    string Format(ExportedCredentials exported);
}
