namespace RoleCall.Iam;

/// <summary>Facts about the HTTP request the policy context needs (`aws:SourceIp`, `aws:SecureTransport`, `aws:RequestedRegion`).</summary>
public sealed record RequestInfo(string SourceIp, bool SecureTransport, string Region, string RequestId)
{
    /// <summary>
    /// Where an action queues the writes its answer must wait for (session inserts); null: the action commits
    /// them before it returns. The endpoint that sets it awaits <see cref="PendingWrites.WhenDurableAsync"/>
    /// before writing the response.
    /// </summary>
    public PendingWrites? Pending { get; init; }
}
