namespace RoleCall.Config.Editing;

/// <summary>A profile's long-term keys taken out of the credentials file by <see cref="CredentialsImport"/>. ToString hides the secret.</summary>
public sealed record ImportedKeys(string Profile, string AccessKeyId, string SecretAccessKey)
{
    public override string ToString() => $"ImportedKeys {{ Profile = {Profile}, AccessKeyId = {AccessKeyId} }}";
}
