namespace RoleCall.Ec2.Authorization;

/// <summary>
/// The engine's answer: allowed, or denied with the sentence AWS puts in the error
/// (`User: ARN is not authorized to perform: ACTION on resource: ARN because ...`) and the encoded
/// authorization message that `sts decode-authorization-message` reads back.
/// </summary>
public sealed record Ec2Decision(bool Allowed, string? Reason = null, string? EncodedMessage = null)
{
    public static Ec2Decision Allow { get; } = new(true);
}
