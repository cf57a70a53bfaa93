using System.Text.Json.Serialization;

namespace RoleCall.Web.Sessions;

/// <summary>Source-generated JSON for the role history cookie and the federation endpoint.</summary>
[JsonSerializable(typeof(RoleChoice[]))]
[JsonSerializable(typeof(Handlers.FederationSession))]
[JsonSerializable(typeof(Handlers.SigninTokenResponse))]
internal sealed partial class WebJsonContext : JsonSerializerContext;
