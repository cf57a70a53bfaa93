using RoleCall.Protocol.Query;

namespace RoleCall.Credentials.Sts;

/// <summary>DecodeAuthorizationMessage's answer: the denial's details as a JSON string.</summary>
public sealed record DecodeAuthorizationMessageResponse(string? DecodedMessage, string RequestId, ResultStruct Result);
