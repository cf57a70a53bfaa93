namespace RoleCall.Iam;

/// <summary>
/// The root access key of an account as <see cref="IamService.CreateAccount"/> returns it; <see cref="Generated"/>
/// tells the server to print it once. <see cref="ToString"/> leaves out the secret.
/// </summary>
public sealed record RootCredentials(string AccountId, string AccessKeyId, string SecretAccessKey, bool Generated)
{
    public override string ToString() => $"RootCredentials {{ AccountId = {AccountId}, AccessKeyId = {AccessKeyId}, Generated = {Generated} }}";
}
