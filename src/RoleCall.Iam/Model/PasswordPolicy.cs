namespace RoleCall.Iam.Model;

/// <summary>
/// An account's password policy (UpdateAccountPasswordPolicy). Absent parameters take AWS's documented
/// defaults: minimum length 6, nothing required, users may not change their password, no expiry or reuse rule.
/// </summary>
public sealed record PasswordPolicy
{
    public int MinimumPasswordLength { get; init; } = 6;

    public bool RequireSymbols { get; init; }

    public bool RequireNumbers { get; init; }

    public bool RequireUppercaseCharacters { get; init; }

    public bool RequireLowercaseCharacters { get; init; }

    public bool AllowUsersToChangePassword { get; init; }

    /// <summary>Days a password is valid; null when passwords never expire.</summary>
    public int? MaxPasswordAge { get; init; }

    /// <summary>How many previous passwords may not be reused; null for no rule.</summary>
    public int? PasswordReusePrevention { get; init; }

    public bool? HardExpiry { get; init; }

    public bool ExpirePasswords => MaxPasswordAge is > 0;
}
