namespace RoleCall.Server.Http;

/// <summary>The two services on the one port, their API versions and XML namespaces.</summary>
internal static class ServiceNames
{
    public const string Iam = "iam";
    public const string Sts = "sts";

    public const string IamVersion = "2010-05-08";
    public const string StsVersion = "2011-06-15";

    public static string Namespace(string service) => service == Sts
        ? "https://sts.amazonaws.com/doc/2011-06-15/"
        : "https://iam.amazonaws.com/doc/2010-05-08/";

    /// <summary>
    /// The service of a request that could not be authenticated (for its error's namespace): the signature's
    /// scope when readable, else the API version, else IAM.
    /// </summary>
    public static string Guess(IncomingRequest request)
    {
        var credential = request.Parameter("X-Amz-Credential") ?? request.Header("Authorization");
        if (credential is not null && credential.Contains("/sts/", StringComparison.Ordinal))
        {
            return Sts;
        }

        return request.Parameter("Version") == StsVersion ? Sts : Iam;
    }
}
