namespace RoleCall.Web.Sessions;

/// <summary>
/// The virtual MFA device "Assign MFA device" created, until two codes enable it: its serial and Base32 seed
/// (kept in the sealed session cookie, so the QR code can be shown again on any replica), and the IAM user it
/// is for when an administrator assigns it from that user's page (null: the signed-in user's own device).
/// </summary>
public sealed record MfaInProgress(string SerialNumber, string SecretBase32, string? UserName = null);
