using System.Text.Json.Serialization;

namespace RoleCall.Web.Handlers;

/// <summary>getSigninToken's `Session` parameter: temporary credentials as AWS's federation endpoint reads them.</summary>
public sealed record FederationSession(
    [property: JsonPropertyName("sessionId")] string? SessionId,
    [property: JsonPropertyName("sessionKey")] string? SessionKey,
    [property: JsonPropertyName("sessionToken")] string? SessionToken);

/// <summary>getSigninToken's answer.</summary>
public sealed record SigninTokenResponse([property: JsonPropertyName("SigninToken")] string SigninToken);
