namespace RoleCall.Credentials.Sts;

/// <summary>GetSessionToken's parameters.</summary>
public sealed record GetSessionTokenRequest(int? DurationSeconds = null, string? SerialNumber = null, string? TokenCode = null)
{
    public override string ToString() => $"GetSessionTokenRequest {{ DurationSeconds = {DurationSeconds}, SerialNumber = {SerialNumber} }}";
}
