using System.Security.Cryptography;
using RoleCall.Core.Time;

namespace RoleCall.Protocol.SigV4;

/// <summary>
/// Verifies SigV4-signed requests on the server, header-signed and presigned alike. Two steps, so the
/// server can tell an unknown key from a wrong signature and look the key up in its own store:
/// <code>
/// var failure = SigV4Verifier.Parse(request, headers, out var auth);        // null when well formed
/// var key = store.Find(auth.AccessKeyId);                              // InvalidClientTokenId if none
/// var result = verifier.Verify(request, headers, auth, key.Secret);    // result.IsValid
/// </code>
/// or in one call with a secret lookup. The canonical request is built in pooled buffers and the signing key
/// comes from <see cref="SigningKeyCache"/>, so a verification costs two SHA-256s and one HMAC.
/// Thread-safe. Canonicalization follows every service but S3 (<see cref="SigV4Options.Default"/>).
/// </summary>
public sealed class SigV4Verifier
{
    private readonly TimeProvider _time;
    private readonly SigningKeyCache _keys;
    private readonly SigV4Options _options;

    public SigV4Verifier(TimeProvider time, SigningKeyCache? keys = null, SigV4Options? options = null)
    {
        _time = time;
        _keys = keys ?? SigningKeyCache.Shared;
        _options = options ?? SigV4Options.Default;
    }

    /// <summary>The largest difference allowed between the request's time and the server clock.</summary>
    public TimeSpan MaxClockSkew { get; init; } = SigV4Constants.MaxClockSkew;

    /// <summary>Reads the authorization; returns null and sets <paramref name="authorization"/> when well formed.</summary>
    public static SigV4Verification? Parse<THeaders>(in SigV4IncomingRequest request, THeaders headers, out SigV4Authorization? authorization)
        where THeaders : ISigV4HeaderSource =>
        SigV4AuthorizationParser.TryParse(request, headers, out authorization);

    /// <summary>Parses, looks the secret up (null: unknown key) and verifies.</summary>
    public SigV4Verification Verify<THeaders>(in SigV4IncomingRequest request, THeaders headers, Func<string, string?> secretLookup)
        where THeaders : ISigV4HeaderSource
    {
        ArgumentNullException.ThrowIfNull(secretLookup);
        var failure = Parse(request, headers, out var authorization);
        if (failure is not null)
        {
            return failure;
        }

        var secret = secretLookup(authorization!.AccessKeyId);
        return secret is null
            ? new SigV4Verification(SigV4Status.UnknownAccessKey, authorization)
            : Verify(request, headers, authorization, secret);
    }

    /// <summary>Checks time and signature of a parsed authorization against the key's secret.</summary>
    public SigV4Verification Verify<THeaders>(in SigV4IncomingRequest request, THeaders headers, SigV4Authorization authorization, string secretAccessKey)
        where THeaders : ISigV4HeaderSource
    {
        ArgumentNullException.ThrowIfNull(authorization);
        var timeFailure = CheckTime(authorization);
        if (timeFailure is not null)
        {
            return timeFailure;
        }

        var amzDate = authorization.AmzDate;
        if (!amzDate.AsSpan(0, 8).SequenceEqual(authorization.Scope.Date))
        {
            return new SigV4Verification(SigV4Status.SignatureMismatch, authorization,
                $"Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '{authorization.Scope.Date}' != '{amzDate[..8]}', from '{amzDate}'.");
        }

        Span<byte> claimed = stackalloc byte[SignatureCalculator.SignatureBytes];
        if (!SignatureCalculator.TryParseHex(authorization.Signature, claimed))
        {
            return Mismatch(authorization);
        }

        var key = _keys.GetKey(secretAccessKey, authorization.Scope);
        if (Matches(request, headers, authorization, key, claimed, skipToken: false))
        {
            return new SigV4Verification(SigV4Status.Valid, authorization);
        }

        // A presigned URL may carry its token unsigned (added after signing, as some SDKs do).
        var retry = authorization.Presigned && authorization.SecurityToken is not null
            && Matches(request, headers, authorization, key, claimed, skipToken: true);
        return retry ? new SigV4Verification(SigV4Status.Valid, authorization) : Mismatch(authorization);
    }

    private bool Matches<THeaders>(in SigV4IncomingRequest request, THeaders headers, SigV4Authorization authorization,
        byte[] key, ReadOnlySpan<byte> claimed, bool skipToken)
        where THeaders : ISigV4HeaderSource
    {
        var canonical = new Utf8Buffer(1024);
        var stringToSign = new Utf8Buffer(256);
        try
        {
            var skip = authorization.Presigned ? "X-Amz-Signature"u8 : default;
            var skip2 = skipToken ? "X-Amz-Security-Token"u8 : default;
            CanonicalRequest.AppendHead(ref canonical, request.Method, request.Path, request.Query, _options, skip, skip2);
            var signedHeaders = authorization.SignedHeaders;
            foreach (var range in signedHeaders.AsSpan().Split(';'))
            {
                var name = signedHeaders.AsSpan()[range];
                var value = headers.GetValue(SignedHeaderNames.ToName(name));
                if (value is null)
                {
                    return false;
                }

                CanonicalRequest.AppendHeader(ref canonical, name, value);
            }

            CanonicalRequest.AppendTail(ref canonical, signedHeaders, request.PayloadSha256);
            SignatureCalculator.AppendStringToSign(ref stringToSign, canonical.Written, authorization.AmzDate, authorization.Scope);
            Span<byte> actual = stackalloc byte[SignatureCalculator.SignatureBytes];
            SignatureCalculator.Sign(key, stringToSign.Written, actual);
            return CryptographicOperations.FixedTimeEquals(actual, claimed);
        }
        finally
        {
            canonical.Dispose();
            stringToSign.Dispose();
        }
    }

    private SigV4Verification? CheckTime(SigV4Authorization authorization)
    {
        var now = _time.GetUtcNow();
        var then = authorization.RequestTime;
        if (authorization.Presigned && authorization.Expires is { } expires)
        {
            if (now > then + expires)
            {
                return new SigV4Verification(SigV4Status.PresignExpired, authorization,
                    $"Signature expired: {AwsTimeFormats.ToAmzDate(then + expires)} is now earlier than {AwsTimeFormats.ToAmzDate(now)}.");
            }
        }
        else if (then < now - MaxClockSkew)
        {
            return new SigV4Verification(SigV4Status.Expired, authorization,
                $"Signature expired: {authorization.AmzDate} is now earlier than {AwsTimeFormats.ToAmzDate(now - MaxClockSkew)} ({AwsTimeFormats.ToAmzDate(now)} - {MaxClockSkew.TotalMinutes:0} min.)");
        }

        if (then > now + MaxClockSkew)
        {
            return new SigV4Verification(SigV4Status.NotYetValid, authorization,
                $"Signature not yet current: {authorization.AmzDate} is still later than {AwsTimeFormats.ToAmzDate(now + MaxClockSkew)} ({AwsTimeFormats.ToAmzDate(now)} + {MaxClockSkew.TotalMinutes:0} min.)");
        }

        return null;
    }

    private static SigV4Verification Mismatch(SigV4Authorization authorization) =>
        new(SigV4Status.SignatureMismatch, authorization, SigV4Errors.SignatureMismatchText);
}
