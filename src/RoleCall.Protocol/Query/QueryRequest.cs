namespace RoleCall.Protocol.Query;

/// <summary>
/// One AWS Query-protocol call, decoded: the signing service (`iam`, `sts`), the action, the API version
/// and the flat parameters exactly as sent (`Tags.member.1.Key` = `team`).
/// </summary>
public sealed record QueryRequest(string Service, string Action, string Version, IReadOnlyDictionary<string, string> Parameters);
