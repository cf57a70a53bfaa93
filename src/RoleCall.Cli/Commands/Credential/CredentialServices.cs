namespace RoleCall.Cli.Commands.Credential;

/// <summary>The outside world the credential and STS commands use; tests replace the STS client factory.</summary>
internal sealed record CredentialServices(IStsClientFactory StsFactory)
{
    public static CredentialServices Default { get; } = new(new QueryStsClientFactory());
}
