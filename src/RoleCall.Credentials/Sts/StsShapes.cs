using RoleCall.Protocol.Query;

namespace RoleCall.Credentials.Sts;

/// <summary>
/// The result shapes of the STS actions RoleCall calls, with members in the order of botocore's sts service
/// model (2011-06-15), which is the order the AWS CLI prints.
/// </summary>
internal static class StsShapes
{
    public static readonly StructureShape Credentials = Shape.Structure(
        new ShapeMember("AccessKeyId", Shape.Text),
        new ShapeMember("SecretAccessKey", Shape.Text),
        new ShapeMember("SessionToken", Shape.Text),
        new ShapeMember("Expiration", Shape.Timestamp));

    public static readonly StructureShape AssumedRoleUser = Shape.Structure(
        new ShapeMember("AssumedRoleId", Shape.Text),
        new ShapeMember("Arn", Shape.Text));

    public static readonly StructureShape AssumeRole = Shape.Structure(
        new ShapeMember("Credentials", Credentials),
        new ShapeMember("AssumedRoleUser", AssumedRoleUser),
        new ShapeMember("PackedPolicySize", Shape.Number),
        new ShapeMember("SourceIdentity", Shape.Text));

    public static readonly StructureShape GetSessionToken = Shape.Structure(
        new ShapeMember("Credentials", Credentials));

    public static readonly StructureShape GetCallerIdentity = Shape.Structure(
        new ShapeMember("UserId", Shape.Text),
        new ShapeMember("Account", Shape.Text),
        new ShapeMember("Arn", Shape.Text));

    public static readonly StructureShape GetFederationToken = Shape.Structure(
        new ShapeMember("Credentials", Credentials),
        new ShapeMember("FederatedUser", Shape.Structure(
            new ShapeMember("FederatedUserId", Shape.Text),
            new ShapeMember("Arn", Shape.Text))),
        new ShapeMember("PackedPolicySize", Shape.Number));

    public static readonly StructureShape GetAccessKeyInfo = Shape.Structure(
        new ShapeMember("Account", Shape.Text));

    public static readonly StructureShape DecodeAuthorizationMessage = Shape.Structure(
        new ShapeMember("DecodedMessage", Shape.Text));

    public static readonly StructureShape AssumeRoleWithWebIdentity = Shape.Structure(
        new ShapeMember("Credentials", Credentials),
        new ShapeMember("SubjectFromWebIdentityToken", Shape.Text),
        new ShapeMember("AssumedRoleUser", AssumedRoleUser),
        new ShapeMember("PackedPolicySize", Shape.Number),
        new ShapeMember("Provider", Shape.Text),
        new ShapeMember("Audience", Shape.Text),
        new ShapeMember("SourceIdentity", Shape.Text));
}
