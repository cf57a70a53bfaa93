using System.Globalization;

namespace RoleCall.Protocol.SigV4;

/// <summary>
/// Reads the SigV4 authorization from the `Authorization` header or the presigned query parameters.
/// Failures come back as a <see cref="SigV4Verification"/> (MissingAuthentication or Malformed) carrying
/// the message AWS would give.
/// </summary>
internal static class SigV4AuthorizationParser
{
    private const string AlgorithmPrefix = SigV4Constants.Algorithm + " ";

    public static SigV4Verification? TryParse<THeaders>(in SigV4IncomingRequest request, THeaders headers, out SigV4Authorization? authorization)
        where THeaders : ISigV4HeaderSource
    {
        authorization = null;
        var header = headers.GetValue(SigV4Constants.AuthorizationHeader)?.Trim();
        var presigned = request.Query.Length > 0 && RawQuery.Contains(request.Query, SigV4Constants.AlgorithmParameter);
        if (header is not null && presigned)
        {
            return Malformed("Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter or the Authorization header should be specified.");
        }

        if (header is not null)
        {
            return ParseHeader(header, headers, out authorization);
        }

        return presigned ? ParseQuery(request.Query, out authorization) : new SigV4Verification(SigV4Status.MissingAuthentication, null);
    }

    private static SigV4Verification? ParseHeader<THeaders>(string header, THeaders headers, out SigV4Authorization? authorization)
        where THeaders : ISigV4HeaderSource
    {
        authorization = null;
        if (!header.StartsWith(AlgorithmPrefix, StringComparison.Ordinal))
        {
            return Malformed($"Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' parameter. Authorization header requires 'SignedHeaders' parameter. Authorization={header}");
        }

        string? credential = null, signedHeaders = null, signature = null;
        foreach (var part in header.AsSpan(AlgorithmPrefix.Length).Split(','))
        {
            var item = header.AsSpan(AlgorithmPrefix.Length)[part].Trim();
            var eq = item.IndexOf('=');
            if (eq <= 0)
            {
                continue;
            }

            var name = item[..eq];
            var value = item[(eq + 1)..].ToString();
            if (name.SequenceEqual("Credential")) credential = value;
            else if (name.SequenceEqual("SignedHeaders")) signedHeaders = value;
            else if (name.SequenceEqual("Signature")) signature = value;
        }

        var missing = (credential is null ? "Authorization header requires 'Credential' parameter. " : "")
            + (signature is null ? "Authorization header requires 'Signature' parameter. " : "")
            + (signedHeaders is null ? "Authorization header requires 'SignedHeaders' parameter. " : "");
        if (missing.Length > 0)
        {
            return Malformed($"{missing}Authorization={header}");
        }

        var amzDate = headers.GetValue(SigV4Constants.AmzDateHeader);
        DateTimeOffset time;
        if (amzDate is not null ? !TryParseAmzDate(amzDate, out time) : !TryParseHttpDate(headers.GetValue("Date"), out time, out amzDate))
        {
            return Malformed($"Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. Authorization={header}");
        }

        var token = headers.GetValue(SigV4Constants.SecurityTokenHeader);
        return Build(false, credential!, signedHeaders!, signature!, amzDate!, time, null, token, out authorization);
    }

    private static SigV4Verification? ParseQuery(string query, out SigV4Authorization? authorization)
    {
        authorization = null;
        var algorithm = RawQuery.Get(query, SigV4Constants.AlgorithmParameter);
        if (algorithm != SigV4Constants.Algorithm)
        {
            return Malformed($"X-Amz-Algorithm only supports \"{SigV4Constants.Algorithm}\"");
        }

        var credential = RawQuery.Get(query, SigV4Constants.CredentialParameter);
        var signedHeaders = RawQuery.Get(query, SigV4Constants.SignedHeadersParameter);
        var signature = RawQuery.Get(query, SigV4Constants.SignatureParameter);
        var amzDate = RawQuery.Get(query, SigV4Constants.DateParameter);
        var missing = (credential is null ? "AWS query-string parameters must include 'X-Amz-Credential'. " : "")
            + (signature is null ? "AWS query-string parameters must include 'X-Amz-Signature'. " : "")
            + (signedHeaders is null ? "AWS query-string parameters must include 'X-Amz-SignedHeaders'. " : "")
            + (amzDate is null ? "AWS query-string parameters must include 'X-Amz-Date'. " : "");
        if (missing.Length > 0)
        {
            return Malformed(missing + "Re-examine the query-string parameters.");
        }

        if (!TryParseAmzDate(amzDate!, out var time))
        {
            return Malformed($"X-Amz-Date must be in the ISO8601 Long Format \"yyyyMMdd'T'HHmmss'Z'\", not '{amzDate}'.");
        }

        TimeSpan? expires = null;
        var expiresText = RawQuery.Get(query, SigV4Constants.ExpiresParameter);
        if (expiresText is not null)
        {
            if (!long.TryParse(expiresText, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds > SigV4Constants.MaxPresignExpiry.TotalSeconds)
            {
                return Malformed("X-Amz-Expires must be a non-negative integer less than a week (in seconds) that is 604800.");
            }

            expires = TimeSpan.FromSeconds(seconds);
        }

        var token = RawQuery.Get(query, SigV4Constants.SecurityTokenParameter);
        return Build(true, credential!, signedHeaders!, signature!, amzDate!, time, expires, token, out authorization);
    }

    private static SigV4Verification? Build(bool presigned, string credential, string signedHeaders, string signature, string amzDate,
        DateTimeOffset time, TimeSpan? expires, string? token, out SigV4Authorization? authorization)
    {
        authorization = null;
        // AKID/20150830/us-east-1/sts/aws4_request
        var parts = credential.Split('/');
        if (parts.Length != 5 || parts[0].Length == 0 || parts[1].Length != 8 || parts[2].Length == 0 || parts[3].Length == 0)
        {
            return Malformed($"Credential should be scoped to a valid region, not '{credential}'. ");
        }

        if (parts[4] != CredentialScope.Terminator)
        {
            return Malformed($"Credential should be scoped with a valid terminator: 'aws4_request', not '{parts[4]}'. ");
        }

        if (!SignedHeaderNames.IncludesHost(signedHeaders))
        {
            return Malformed($"'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
        }

        authorization = new SigV4Authorization(presigned, parts[0], new CredentialScope(parts[1], parts[2], parts[3]),
            signedHeaders, signature, amzDate, time, expires, token);
        return null;
    }

    private static bool TryParseAmzDate(string text, out DateTimeOffset time) =>
        DateTimeOffset.TryParseExact(text, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time);

    private static bool TryParseHttpDate(string? text, out DateTimeOffset time, out string? amzDate)
    {
        amzDate = null;
        time = default;
        if (text is null || !DateTimeOffset.TryParseExact(text, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out time))
        {
            return false;
        }

        amzDate = Core.Time.AwsTimeFormats.ToAmzDate(time);
        return true;
    }

    private static SigV4Verification Malformed(string message) => new(SigV4Status.Malformed, null, message);
}
