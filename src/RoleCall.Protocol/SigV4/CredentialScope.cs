namespace RoleCall.Protocol.SigV4;

/// <summary>The credential scope `20150830/us-east-1/sts/aws4_request`: what a signature is bound to.</summary>
public readonly record struct CredentialScope(string Date, string Region, string Service)
{
    public const string Terminator = "aws4_request";

    public override string ToString() => $"{Date}/{Region}/{Service}/{Terminator}";
}
