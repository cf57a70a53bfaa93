using System.Text.Json.Nodes;

namespace RoleCall.IdentityCenter;

/// <summary>
/// One JSON 1.1 operation: its name, the IAM action that authorizes it, the resource it acts on (computed
/// from the request before anything runs), and what it does. An operation cannot exist without its action
/// and resource, so none can run unauthorized.
/// </summary>
public sealed record Operation(string Name, string Action, Func<OperationContext, string> Resource, Func<OperationContext, JsonObject> Run);
