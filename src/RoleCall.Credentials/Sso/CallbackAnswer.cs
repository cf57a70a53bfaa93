namespace RoleCall.Credentials.Sso;

/// <summary>What the browser brought to the loopback redirect URI: a code and the state, or an OAuth error.</summary>
internal sealed record CallbackAnswer(string? Code, string? State, string? Error, string? ErrorDescription);
