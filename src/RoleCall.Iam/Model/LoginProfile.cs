namespace RoleCall.Iam.Model;

/// <summary>
/// A console password: only its salted slow hash is kept (see <see cref="Passwords.PasswordHasher"/>), never
/// the password. Held by an <see cref="IamUser"/>, or by an <see cref="IamAccount"/> for the root user.
/// </summary>
/// <param name="PasswordHash">`pbkdf2-sha256$iterations$salt$hash` (base64 parts).</param>
/// <param name="CreateDate">When the password was set (CreateLoginProfile's CreateDate).</param>
/// <param name="PasswordResetRequired">The user must choose a new password at the next sign-in.</param>
public sealed record LoginProfile(string PasswordHash, DateTimeOffset CreateDate, bool PasswordResetRequired)
{
    /// <summary>The last successful console sign-in (GetUser's PasswordLastUsed).</summary>
    public DateTimeOffset? PasswordLastUsed { get; init; }

    /// <summary>Hashes of earlier passwords, newest first, for the policy's PasswordReusePrevention (at most 24).</summary>
    public IReadOnlyList<string> PreviousHashes { get; init; } = [];
}
