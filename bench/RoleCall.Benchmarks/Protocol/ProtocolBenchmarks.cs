using System.Buffers;
using System.Text;
using BenchmarkDotNet.Attributes;
using RoleCall.Core.Identity;
using RoleCall.Protocol.Query;
using RoleCall.Protocol.SigV4;

namespace RoleCall.Benchmarks.Protocol;

/// <summary>
/// The protocol layer's per-request costs on the server's hot path (verify, parse, write) and the client's
/// signing. `dotnet run -c Release --project bench/RoleCall.Benchmarks -- --filter '*ProtocolBenchmarks*'`.
/// </summary>
[MemoryDiagnoser]
public class ProtocolBenchmarks
{
    private static readonly AwsCredentials Keys = new("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 15, 0, 0, TimeSpan.Zero);
    private readonly SigV4Signer _signer = new(new SigningKeyCache());
    private readonly SigV4Verifier _verifier = new(new FixedClock(Now), new SigningKeyCache());
    private readonly ArrayBufferWriter<byte> _output = new(4096);
    private byte[] _body = [];
    private SigV4Request _request = null!;
    private SigV4IncomingRequest _postIncoming;
    private HeaderList _postHeaders;
    private SigV4IncomingRequest _presignedIncoming;
    private HeaderList _presignedHeaders;
    private ResultStruct _getUser = null!;
    private string _assumeRoleXml = "";
    private StructureShape _assumeRoleShape = null!;

    [GlobalSetup]
    public void Setup()
    {
        _body = Encoding.UTF8.GetBytes("Action=CreateUser&Version=2010-05-08&UserName=alice&Path=%2Fteam%2F&Tags.member.1.Key=team&Tags.member.1.Value=infra&Tags.member.2.Key=env&Tags.member.2.Value=dev");
        _request = new SigV4Request("POST", "/") { PayloadSha256 = PayloadHash.Of(_body) }
            .WithHeader("Host", "127.0.0.1:8977")
            .WithHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8");
        var signed = _signer.Sign(_request, Keys, "us-east-1", "iam", Now);
        _postHeaders = new HeaderList([.. _request.Headers, .. signed.HeadersToAdd]);
        _postIncoming = new SigV4IncomingRequest("POST", "/", "", PayloadHash.Of(_body));

        var get = new SigV4Request("GET", "/", "Action=GetUser&Version=2010-05-08&UserName=alice").WithHeader("Host", "127.0.0.1:8977");
        var presigned = _signer.Presign(get, Keys, "us-east-1", "iam", Now, TimeSpan.FromHours(1));
        _presignedHeaders = new HeaderList([new("Host", "127.0.0.1:8977")]);
        _presignedIncoming = new SigV4IncomingRequest("GET", "/", presigned.Query, SigV4Constants.EmptyPayloadHash);

        SetupClientRead();
        _getUser = new ResultStruct("GetUserResult",
        [
            new ResultStruct("User",
            [
                new ResultValue("Path", "/team/"),
                new ResultValue("UserName", "alice"),
                new ResultValue("UserId", "AIDAJQABLZS4A3QDU576Q"),
                new ResultValue("Arn", "arn:aws:iam::123456789012:user/team/alice"),
                new ResultValue("CreateDate", "2026-11-21T15:00:00Z", ScalarKind.Timestamp),
                new ResultList("Tags", [new ResultStruct("member", [new ResultValue("Key", "team"), new ResultValue("Value", "infra")])]),
            ]),
        ]);
    }

    [Benchmark]
    public int ReadAssumeRoleResponse() => QueryXmlReader.ReadSuccess(_assumeRoleXml, "AssumeRole", _assumeRoleShape).Result.Children.Count;

    [Benchmark]
    public string SignHeaders() => _signer.Sign(_request, Keys, "us-east-1", "iam", Now).Signature;

    [Benchmark]
    public bool VerifyHeaderSignedPost() => _verifier.Verify(_postIncoming, _postHeaders, Lookup).IsValid;

    [Benchmark]
    public bool VerifyPresignedGet() => _verifier.Verify(_presignedIncoming, _presignedHeaders, Lookup).IsValid;

    [Benchmark]
    public string PayloadHashOfBody() => PayloadHash.Of(_body);

    [Benchmark]
    public int ParseFormBody() => FormCodec.Parse(_body).Count;

    [Benchmark]
    public int WriteGetUserResponse()
    {
        _output.ResetWrittenCount();
        QueryXmlWriter.WriteSuccess(_output, "GetUser", QueryNamespaces.Iam, _getUser, "c6104cbe-af31-11e0-8154-cbc7ccf896c7");
        return _output.WrittenCount;
    }

    [Benchmark]
    public int WriteErrorResponse()
    {
        _output.ResetWrittenCount();
        QueryXmlWriter.WriteError(_output, QueryNamespaces.Iam, SigV4Errors.SignatureDoesNotMatch(), "c6104cbe-af31-11e0-8154-cbc7ccf896c7");
        return _output.WrittenCount;
    }

    private void SetupClientRead()
    {
        var credentials = Shape.Structure(
            new ShapeMember("AccessKeyId", Shape.Text), new ShapeMember("SecretAccessKey", Shape.Text),
            new ShapeMember("SessionToken", Shape.Text), new ShapeMember("Expiration", Shape.Timestamp));
        _assumeRoleShape = Shape.Structure(
            new ShapeMember("Credentials", credentials),
            new ShapeMember("AssumedRoleUser", Shape.Structure(new ShapeMember("AssumedRoleId", Shape.Text), new ShapeMember("Arn", Shape.Text))),
            new ShapeMember("PackedPolicySize", Shape.Number),
            new ShapeMember("SourceIdentity", Shape.Text));
        var result = new ResultStruct("r",
        [
            new ResultStruct("Credentials",
            [
                new ResultValue("AccessKeyId", "ASIAIOSFODNN7EXAMPLE"),
                new ResultValue("SecretAccessKey", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY"),
                new ResultValue("SessionToken", new string('T', 600)),
                new ResultValue("Expiration", "2026-11-21T16:00:00Z", ScalarKind.Timestamp),
            ]),
            new ResultStruct("AssumedRoleUser", [new ResultValue("AssumedRoleId", "AROA3XFRBF535PLBIFPI4:s3-access-example"), new ResultValue("Arn", "arn:aws:sts::123456789012:assumed-role/demo/s3-access-example")]),
            new ResultValue("PackedPolicySize", "6", ScalarKind.Number),
        ]);
        _assumeRoleXml = QueryXmlWriter.SuccessToString("AssumeRole", QueryNamespaces.Sts, result, "c6104cbe-af31-11e0-8154-cbc7ccf896c7");
    }

    private static string? Lookup(string accessKeyId) => accessKeyId == Keys.AccessKeyId ? Keys.SecretAccessKey : null;

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
