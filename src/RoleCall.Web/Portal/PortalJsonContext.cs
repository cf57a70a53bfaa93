using System.Text.Json.Serialization;

namespace RoleCall.Web.Portal;

/// <summary>Source-generated JSON for the portal's sealed cookies.</summary>
[JsonSerializable(typeof(PortalSession))]
[JsonSerializable(typeof(PortalPending))]
internal sealed partial class PortalJsonContext : JsonSerializerContext;
