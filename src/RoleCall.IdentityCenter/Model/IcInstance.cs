namespace RoleCall.IdentityCenter.Model;

/// <summary>The organisation's one Identity Center instance, created on first use in the management account.</summary>
/// <param name="Id">The instance ARN, `arn:aws:sso:::instance/ssoins-&lt;16 hex&gt;`.</param>
/// <param name="Scope">The management (owner) account ID.</param>
/// <param name="IdentityStoreId">The identity store, `d-&lt;10 hex&gt;`.</param>
/// <param name="CreatedDate">When the instance was created.</param>
public sealed record IcInstance(string Id, string Scope, string IdentityStoreId, DateTimeOffset CreatedDate) : IcItem(Id, Scope)
{
    public string InstanceArn => Id;

    public string OwnerAccountId => Scope;

    /// <summary>The start URL's subdomain (`d-xxxxxxxxxx` as on AWS, https://d-xxxxxxxxxx.awsapps.com/start).</summary>
    public string PortalName => IdentityStoreId;

    /// <summary>How long portal access tokens last (AWS's default session duration is 8 hours).</summary>
    public TimeSpan AccessTokenLifetime { get; init; } = TimeSpan.FromHours(8);

    /// <summary>True when every user must register an MFA device at sign-in (RoleCall's UpdateMfaSettings; off by default, as on AWS before 2023).</summary>
    public bool MfaRequired { get; init; }

    /// <summary>The SAML provider's hex suffix every provisioned account shares (`AWSSSO_&lt;hex&gt;_DO_NOT_DELETE`).</summary>
    public string SamlProviderSuffix { get; init; } = "";
}
