namespace RoleCall.Protocol.Query;

/// <summary>A parsed success body: the `ActionResult` tree in shape order and the request ID.</summary>
public sealed record QueryResponse(ResultStruct Result, string? RequestId);
