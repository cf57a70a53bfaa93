using RoleCall.Protocol.Query;

namespace RoleCall.Server.Http;

/// <summary>The credential-scope names of the services on the one port, and how to tell IAM from STS unsigned.</summary>
internal static class ServiceNames
{
    public const string Iam = "iam";
    public const string Sts = "sts";
    public const string S3 = "s3";

    public const string IamVersion = QueryNamespaces.IamVersion;
    public const string StsVersion = QueryNamespaces.StsVersion;

    /// <summary>
    /// The service of a Query request that could not be authenticated (for its error's namespace): the
    /// signature's scope when readable, else the API version, else the endpoint it reached.
    /// </summary>
    public static string Guess(IncomingRequest request, string endpoint)
    {
        var credential = request.Parameter("X-Amz-Credential") ?? request.Header("Authorization");
        if (credential is not null && credential.Contains("/sts/", StringComparison.Ordinal))
        {
            return Sts;
        }

        return request.Parameter("Version") == StsVersion ? Sts : endpoint;
    }
}
