namespace RoleCall.Credentials.Providers;

/// <summary>AssumeRoleWithWebIdentity's parameters; <see cref="Token"/> is a secret and never printed.</summary>
public sealed record WebIdentityCall(string RoleArn, string RoleSessionName, string Token, int? DurationSeconds = null)
{
    public override string ToString() => $"WebIdentityCall {{ RoleArn = {RoleArn}, RoleSessionName = {RoleSessionName} }}";
}
