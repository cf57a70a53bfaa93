namespace RoleCall.Credentials.Sts;

/// <summary>A session tag (`--tags Key=team,Value=infra`).</summary>
public sealed record StsTag(string Key, string Value);
