using System.Globalization;
using RoleCall.Core.Identity;
using RoleCall.Core.Time;

namespace RoleCall.Protocol.SigV4;

/// <summary>
/// Signs requests with AWS Signature Version 4, in the `Authorization` header (<see cref="Sign"/>) or in the
/// query string (<see cref="Presign"/>, a presigned URL). The client's STS/IAM calls go through it.
/// Thread-safe. https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html
/// </summary>
public sealed class SigV4Signer
{
    private readonly SigningKeyCache _keys;

    public SigV4Signer(SigningKeyCache? keys = null)
    {
        _keys = keys ?? SigningKeyCache.Shared;
    }

    /// <summary>
    /// Signs <paramref name="request"/> for <paramref name="service"/> in <paramref name="region"/> at
    /// <paramref name="time"/>. Every header of the request is signed; `X-Amz-Date`, `Authorization` and
    /// (with temporary credentials) `X-Amz-Security-Token` already on it are replaced by the result's.
    /// </summary>
    public HeaderSignature Sign(SigV4Request request, AwsCredentials credentials, string region, string service, DateTimeOffset time, SigV4Options? options = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(credentials);
        options ??= SigV4Options.Default;
        var amzDate = AwsTimeFormats.ToAmzDate(time);
        var scope = new CredentialScope(AwsTimeFormats.ToScopeDate(time), region, service);

        var added = new List<KeyValuePair<string, string>> { new(SigV4Constants.AmzDateHeader, amzDate) };
        if (options.AddContentSha256Header)
        {
            added.Add(new(SigV4Constants.ContentSha256Header, request.PayloadSha256));
        }

        var token = credentials.SessionToken;
        if (token is not null && options.SignSessionToken)
        {
            added.Add(new(SigV4Constants.SecurityTokenHeader, token));
        }

        var headers = SignableHeaders.Collect(request.Headers, added, replaceToken: token is not null, replaceContentSha: options.AddContentSha256Header);
        var signedHeaders = SignableHeaders.SignedHeaderList(headers);

        var canonical = new Utf8Buffer(512);
        var stringToSign = new Utf8Buffer(256);
        try
        {
            CanonicalRequest.AppendHead(ref canonical, request.Method, request.Path, request.Query, options);
            SignableHeaders.Append(ref canonical, headers);
            CanonicalRequest.AppendTail(ref canonical, signedHeaders, request.PayloadSha256);
            var signature = Compute(ref canonical, ref stringToSign, credentials.SecretAccessKey, amzDate, scope);

            if (token is not null && !options.SignSessionToken)
            {
                added.Add(new(SigV4Constants.SecurityTokenHeader, token));
            }

            var authorization = $"{SigV4Constants.Algorithm} Credential={credentials.AccessKeyId}/{scope}, SignedHeaders={signedHeaders}, Signature={signature}";
            added.Add(new(SigV4Constants.AuthorizationHeader, authorization));
            return new HeaderSignature(added, authorization, signature, signedHeaders, canonical.ToUtf8String(), stringToSign.ToUtf8String());
        }
        finally
        {
            canonical.Dispose();
            stringToSign.Dispose();
        }
    }

    /// <summary>
    /// Builds a presigned query string valid for <paramref name="expires"/> (at most 7 days). The request's
    /// headers (at least `Host`) are signed; the caller sends them unchanged with the returned query.
    /// </summary>
    public PresignedRequest Presign(SigV4Request request, AwsCredentials credentials, string region, string service, DateTimeOffset time, TimeSpan expires, SigV4Options? options = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(credentials);
        options ??= SigV4Options.Default;
        var amzDate = AwsTimeFormats.ToAmzDate(time);
        var scope = new CredentialScope(AwsTimeFormats.ToScopeDate(time), region, service);
        var headers = SignableHeaders.Collect(request.Headers, [], replaceToken: true, replaceContentSha: false);
        var signedHeaders = SignableHeaders.SignedHeaderList(headers);

        var token = credentials.SessionToken;
        var query = new System.Text.StringBuilder(request.Query);
        AppendParameter(query, SigV4Constants.AlgorithmParameter, SigV4Constants.Algorithm);
        AppendParameter(query, SigV4Constants.CredentialParameter, $"{credentials.AccessKeyId}/{scope}");
        AppendParameter(query, SigV4Constants.DateParameter, amzDate);
        AppendParameter(query, SigV4Constants.SignedHeadersParameter, signedHeaders);
        AppendParameter(query, SigV4Constants.ExpiresParameter, ((long)expires.TotalSeconds).ToString(CultureInfo.InvariantCulture));
        if (token is not null && options.SignSessionToken)
        {
            AppendParameter(query, SigV4Constants.SecurityTokenParameter, token);
        }

        var canonical = new Utf8Buffer(512);
        var stringToSign = new Utf8Buffer(256);
        try
        {
            CanonicalRequest.AppendHead(ref canonical, request.Method, request.Path, query.ToString(), options);
            SignableHeaders.Append(ref canonical, headers);
            CanonicalRequest.AppendTail(ref canonical, signedHeaders, request.PayloadSha256);
            var signature = Compute(ref canonical, ref stringToSign, credentials.SecretAccessKey, amzDate, scope);
            if (token is not null && !options.SignSessionToken)
            {
                AppendParameter(query, SigV4Constants.SecurityTokenParameter, token);
            }

            AppendParameter(query, SigV4Constants.SignatureParameter, signature);
            return new PresignedRequest(query.ToString(), signature, canonical.ToUtf8String(), stringToSign.ToUtf8String());
        }
        finally
        {
            canonical.Dispose();
            stringToSign.Dispose();
        }
    }

    private string Compute(ref Utf8Buffer canonical, ref Utf8Buffer stringToSign, string secret, string amzDate, CredentialScope scope)
    {
        SignatureCalculator.AppendStringToSign(ref stringToSign, canonical.Written, amzDate, scope);
        Span<byte> signature = stackalloc byte[SignatureCalculator.SignatureBytes];
        SignatureCalculator.Sign(_keys.GetKey(secret, scope), stringToSign.Written, signature);
        return Convert.ToHexStringLower(signature);
    }

    private static void AppendParameter(System.Text.StringBuilder query, string name, string value)
    {
        if (query.Length > 0)
        {
            query.Append('&');
        }

        query.Append(name).Append('=').Append(UriEncoding.Encode(value));
    }
}
