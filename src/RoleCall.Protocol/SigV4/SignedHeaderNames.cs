namespace RoleCall.Protocol.SigV4;

/// <summary>
/// The `SignedHeaders` list (`content-type;host;x-amz-date`). Names the verifier meets on every request map
/// to constant strings, so looking their values up allocates nothing.
/// </summary>
internal static class SignedHeaderNames
{
    public static bool IncludesHost(string signedHeaders)
    {
        foreach (var range in signedHeaders.AsSpan().Split(';'))
        {
            if (signedHeaders.AsSpan()[range] is "host" or ":authority")
            {
                return true;
            }
        }

        return false;
    }

    public static string ToName(ReadOnlySpan<char> name) => name switch
    {
        "host" => "host",
        "x-amz-date" => "x-amz-date",
        "content-type" => "content-type",
        "content-length" => "content-length",
        "x-amz-security-token" => "x-amz-security-token",
        "x-amz-content-sha256" => "x-amz-content-sha256",
        "x-amz-user-agent" => "x-amz-user-agent",
        "user-agent" => "user-agent",
        "amz-sdk-invocation-id" => "amz-sdk-invocation-id",
        "amz-sdk-request" => "amz-sdk-request",
        _ => name.ToString(),
    };
}
