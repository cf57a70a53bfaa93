namespace RoleCall.Iam.Model;

/// <summary>
/// A virtual MFA device: serial `arn:aws:iam::ACCT:mfa/path/name`, its TOTP seed, and the user it is enabled
/// for (null while unassigned). <see cref="LastUsedStep"/> is the newest accepted RFC 6238 time step, so a
/// code cannot be replayed. <see cref="ToString"/> leaves out the seed.
/// </summary>
public sealed record MfaDevice(string SerialNumber, string AccountId, string Name, string Path, string SeedBase32, DateTimeOffset CreateDate)
{
    public string? UserId { get; init; }

    public DateTimeOffset? EnableDate { get; init; }

    public long? LastUsedStep { get; init; }

    public IReadOnlyList<Tag> Tags { get; init; } = [];

    public bool IsAssigned => UserId is not null;

    public override string ToString() => $"MfaDevice {{ SerialNumber = {SerialNumber}, UserId = {UserId} }}";
}
