namespace RoleCall.IdentityCenter.Model;

/// <summary>An identity-store user. <see cref="Password"/> is a salted slow hash, never the password.</summary>
public sealed record StoreUser(string Id, string Scope, string UserName) : IcItem(Id, Scope)
{
    public override string? UniqueName => UserName;

    public string IdentityStoreId => Scope;

    public string? DisplayName { get; init; }

    public string? GivenName { get; init; }

    public string? FamilyName { get; init; }

    public IReadOnlyList<StoreEmail> Emails { get; init; } = [];

    public string? Password { get; init; }

    /// <summary>True for a one-time password an administrator set: the user must change it at sign-in.</summary>
    public bool PasswordResetRequired { get; init; }

    /// <summary>The base32 seed of the user's registered MFA device, or null.</summary>
    public string? MfaSeed { get; init; }

    /// <summary>The last accepted MFA time step, so a code is used once.</summary>
    public long MfaLastStep { get; init; }
}
