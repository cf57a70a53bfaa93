namespace RoleCall.Iam;

/// <summary>Facts about the HTTP request the policy context needs (`aws:SourceIp`, `aws:SecureTransport`, `aws:RequestedRegion`).</summary>
public sealed record RequestInfo(string SourceIp, bool SecureTransport, string Region, string RequestId);
