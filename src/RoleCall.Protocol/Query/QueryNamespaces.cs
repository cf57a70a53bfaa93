namespace RoleCall.Protocol.Query;

/// <summary>The Query APIs RoleCall speaks: XML namespaces and versions.</summary>
public static class QueryNamespaces
{
    public const string Iam = "https://iam.amazonaws.com/doc/2010-05-08/";
    public const string Sts = "https://sts.amazonaws.com/doc/2011-06-15/";
    public const string IamVersion = "2010-05-08";
    public const string StsVersion = "2011-06-15";

    /// <summary>The namespace for a signing service name (`sts`; anything else is IAM).</summary>
    public static string ForService(string service) =>
        string.Equals(service, "sts", StringComparison.OrdinalIgnoreCase) ? Sts : Iam;
}
