namespace RoleCall.IdentityCenter.Model;

/// <summary>A permission set of an instance: what a provisioned AWSReservedSSO role holds.</summary>
/// <param name="Id">The ARN, `arn:aws:sso:::permissionSet/ssoins-.../ps-&lt;16 hex&gt;`.</param>
/// <param name="Scope">The instance ARN.</param>
/// <param name="Name">Unique within the instance.</param>
/// <param name="CreatedDate">When it was created.</param>
public sealed record PermissionSet(string Id, string Scope, string Name, DateTimeOffset CreatedDate) : IcItem(Id, Scope)
{
    public override string? UniqueName => Name;

    public string Arn => Id;

    public string? Description { get; init; }

    /// <summary>ISO 8601 duration as given (`PT8H`); sessions of the role last this long.</summary>
    public string SessionDuration { get; init; } = "PT1H";

    public string? RelayState { get; init; }

    public IReadOnlyList<string> ManagedPolicyArns { get; init; } = [];

    public string? InlinePolicy { get; init; }

    /// <summary>The accounts this permission set was last provisioned to (ProvisionPermissionSet).</summary>
    public IReadOnlyList<string> ProvisionedAccounts { get; init; } = [];
}
