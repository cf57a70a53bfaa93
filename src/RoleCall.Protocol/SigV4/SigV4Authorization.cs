namespace RoleCall.Protocol.SigV4;

/// <summary>
/// The SigV4 authorization a request carries, parsed but not yet verified: who claims to sign (access key),
/// for what (scope: date, region, service), when, and with which token. The server looks the key up with
/// <see cref="AccessKeyId"/>, then calls <see cref="SigV4Verifier.Verify{THeaders}(in SigV4IncomingRequest, THeaders, SigV4Authorization, string)"/>.
/// </summary>
public sealed record SigV4Authorization(
    bool Presigned,
    string AccessKeyId,
    CredentialScope Scope,
    string SignedHeaders,
    string Signature,
    string AmzDate,
    DateTimeOffset RequestTime,
    TimeSpan? Expires,
    string? SecurityToken)
{
    /// <summary>The signing region (`us-east-1`), which is `aws:RequestedRegion` for IAM and STS.</summary>
    public string Region => Scope.Region;

    /// <summary>The signing service (`iam`, `sts`): how one port tells the two apart.</summary>
    public string Service => Scope.Service;

    // The token is a credential: keep it out of logs.
    public override string ToString() =>
        $"SigV4Authorization {{ AccessKeyId = {AccessKeyId}, Scope = {Scope}, Presigned = {Presigned}, AmzDate = {AmzDate}, HasToken = {SecurityToken is not null} }}";
}
