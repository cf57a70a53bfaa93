using Microsoft.AspNetCore.Http;

namespace RoleCall.Server.FrontDoor;

/// <summary>
/// The service name of a SigV4 credential scope (`AKID/20261206/us-east-1/s3/aws4_request`), read from the
/// `Authorization` header or the presigned `X-Amz-Credential` query parameter without touching the body.
/// Verification happens later, in the endpoint: this only picks where the request goes.
/// </summary>
internal static class CredentialScopeReader
{
    private const string CredentialPart = "Credential=";
    private const string CredentialParameter = "X-Amz-Credential=";

    /// <summary>The scope's service, or null for an unsigned request or a scope that cannot be read.</summary>
    public static string? ServiceOf(HttpRequest request)
    {
        if (request.Headers.Authorization is { Count: > 0 } header)
        {
            var value = header.ToString();
            var at = value.IndexOf(CredentialPart, StringComparison.Ordinal);
            return at < 0 ? null : ServiceIn(value.AsSpan(at + CredentialPart.Length), "/");
        }

        var query = request.QueryString.Value;
        if (string.IsNullOrEmpty(query))
        {
            return null;
        }

        var start = query.IndexOf(CredentialParameter, StringComparison.Ordinal);
        return start < 0 ? null : ServiceIn(query.AsSpan(start + CredentialParameter.Length), "%2F");
    }

    /// <summary>The fourth field of `key/date/region/service/aws4_request`, separated by <paramref name="slash"/>.</summary>
    private static string? ServiceIn(ReadOnlySpan<char> credential, string slash)
    {
        var end = credential.IndexOfAny(',', '&', ' ');
        var scope = end < 0 ? credential : credential[..end];
        for (var skip = 0; skip < 3; skip++)
        {
            var next = scope.IndexOf(slash, StringComparison.OrdinalIgnoreCase);
            if (next < 0)
            {
                return null;
            }

            scope = scope[(next + slash.Length)..];
        }

        var stop = scope.IndexOf(slash, StringComparison.OrdinalIgnoreCase);
        return stop <= 0 ? null : scope[..stop].ToString();
    }
}
