namespace RoleCall.Protocol.SigV4;

/// <summary>
/// Read access to an incoming request's headers for the verifier. The server adapts its HTTP framework's
/// header collection with a small struct, so verification does not copy the headers.
/// </summary>
public interface ISigV4HeaderSource
{
    /// <summary>
    /// The value of the header named <paramref name="name"/> (matched case-insensitively), or null when the
    /// request has none; the values of a repeated header joined with `,` in the order received.
    /// </summary>
    string? GetValue(string name);
}
