using System.Text.Json.Serialization;

namespace RoleCall.Web.Sessions;

/// <summary>Source-generated JSON for the sealed cookies and tokens, the role history cookie and the federation endpoint.</summary>
[JsonSerializable(typeof(RoleChoice[]))]
[JsonSerializable(typeof(SessionState))]
[JsonSerializable(typeof(PendingState))]
[JsonSerializable(typeof(SigninTokenState))]
[JsonSerializable(typeof(Handlers.FederationSession))]
[JsonSerializable(typeof(Handlers.SigninTokenResponse))]
internal sealed partial class WebJsonContext : JsonSerializerContext;
