namespace RoleCall.Credentials.Providers;

/// <summary>GetSessionToken's parameters.</summary>
public sealed record SessionTokenCall(string? SerialNumber = null, string? TokenCode = null, int? DurationSeconds = null);
