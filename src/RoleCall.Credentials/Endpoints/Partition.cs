namespace RoleCall.Credentials.Endpoints;

/// <summary>
/// An AWS partition as botocore's partitions.json defines it: the region pattern, the DNS suffixes (IPv4 and
/// dual-stack) and the implicit global region that global endpoints sign for. Unknown regions fall in `aws`,
/// as botocore resolves them.
/// </summary>
internal sealed record Partition(string Name, string DnsSuffix, string DualStackDnsSuffix, string ImplicitGlobalRegion)
{
    public static readonly Partition Aws = new("aws", "amazonaws.com", "api.aws", "us-east-1");
    public static readonly Partition China = new("aws-cn", "amazonaws.com.cn", "api.amazonwebservices.com.cn", "cn-northwest-1");
    public static readonly Partition GovCloud = new("aws-us-gov", "amazonaws.com", "api.aws", "us-gov-west-1");
    public static readonly Partition Iso = new("aws-iso", "c2s.ic.gov", "api.aws.ic.gov", "us-iso-east-1");
    public static readonly Partition IsoB = new("aws-iso-b", "sc2s.sgov.gov", "api.aws.scloud", "us-isob-east-1");
    public static readonly Partition IsoE = new("aws-iso-e", "cloud.adc-e.uk", "api.cloud-aws.adc-e.uk", "eu-isoe-west-1");
    public static readonly Partition IsoF = new("aws-iso-f", "csp.hci.ic.gov", "api.aws.hci.ic.gov", "us-isof-south-1");
    public static readonly Partition EuropeanSovereign = new("aws-eusc", "amazonaws.eu", "api.amazonwebservices.eu", "eusc-de-east-1");

    /// <summary>The DNS suffix of the IPv4 or the dual-stack endpoints.</summary>
    public string Suffix(bool dualStack) => dualStack ? DualStackDnsSuffix : DnsSuffix;

    /// <summary>The partition of <paramref name="region"/>, by the region-name prefixes of partitions.json.</summary>
    public static Partition Of(string region) => region switch
    {
        "aws-global" => Aws,
        "aws-cn-global" => China,
        "aws-us-gov-global" => GovCloud,
        "aws-iso-global" => Iso,
        "aws-iso-b-global" => IsoB,
        "aws-iso-e-global" => IsoE,
        "aws-iso-f-global" => IsoF,
        _ when IsRegionOf(region, "cn-") => China,
        _ when IsRegionOf(region, "us-gov-") => GovCloud,
        _ when IsRegionOf(region, "us-iso-") => Iso,
        _ when IsRegionOf(region, "us-isob-") => IsoB,
        _ when IsRegionOf(region, "eu-isoe-") => IsoE,
        _ when IsRegionOf(region, "us-isof-") => IsoF,
        _ when IsRegionOf(region, "eusc-de-") => EuropeanSovereign,
        _ => Aws,
    };

    // partitions.json's `^PREFIX\w+\-\d+$`, without loading the regex engine on the CLI's path.
    private static bool IsRegionOf(string region, string prefix)
    {
        if (!region.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = region.AsSpan(prefix.Length);
        var dash = rest.LastIndexOf('-');
        if (dash <= 0 || dash == rest.Length - 1)
        {
            return false;
        }

        foreach (var c in rest[..dash])
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        foreach (var c in rest[(dash + 1)..])
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
