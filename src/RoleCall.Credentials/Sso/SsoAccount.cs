namespace RoleCall.Credentials.Sso;

/// <summary>One account of the portal's ListAccounts; name and e-mail may be missing, as the AWS CLI allows.</summary>
public sealed record SsoAccount(string AccountId, string? AccountName, string? EmailAddress)
{
    /// <summary>How `aws configure sso` shows it (awscli's display_account): `Name, email (id)`, dropping what is missing.</summary>
    public string Display => (AccountName, EmailAddress) switch
    {
        (null, null) => AccountId,
        (not null, null) => $"{AccountName} ({AccountId})",
        (null, not null) => $"{EmailAddress} ({AccountId})",
        _ => $"{AccountName}, {EmailAddress} ({AccountId})",
    };
}
