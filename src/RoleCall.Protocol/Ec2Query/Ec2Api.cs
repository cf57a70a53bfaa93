namespace RoleCall.Protocol.Ec2Query;

/// <summary>The EC2 API RoleCall speaks: its version and the XML namespace of every response.</summary>
public static class Ec2Api
{
    public const string Version = "2016-11-15";

    public const string Namespace = "http://ec2.amazonaws.com/doc/2016-11-15/";

    /// <summary>EC2 answers `text/xml;charset=UTF-8`.</summary>
    public const string ContentType = "text/xml;charset=UTF-8";
}
