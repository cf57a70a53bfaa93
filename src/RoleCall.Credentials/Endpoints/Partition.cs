namespace RoleCall.Credentials.Endpoints;

/// <summary>
/// An AWS partition as botocore's partitions.json defines it: the region pattern and the DNS suffix. Unknown
/// regions fall in `aws`, as botocore resolves them.
/// </summary>
internal sealed record Partition(string Name, string DnsSuffix, string GlobalRegion)
{
    public static readonly Partition Aws = new("aws", "amazonaws.com", "aws-global");
    public static readonly Partition China = new("aws-cn", "amazonaws.com.cn", "aws-cn-global");
    public static readonly Partition GovCloud = new("aws-us-gov", "amazonaws.com", "aws-us-gov-global");
    public static readonly Partition Iso = new("aws-iso", "c2s.ic.gov", "aws-iso-global");
    public static readonly Partition IsoB = new("aws-iso-b", "sc2s.sgov.gov", "aws-iso-b-global");
    public static readonly Partition IsoE = new("aws-iso-e", "cloud.adc-e.uk", "aws-iso-e-global");
    public static readonly Partition IsoF = new("aws-iso-f", "csp.hci.ic.gov", "aws-iso-f-global");
    public static readonly Partition EuropeanSovereign = new("aws-eusc", "amazonaws.eu", "aws-eusc-global");

    /// <summary>The partition of <paramref name="region"/>, by the region-name prefixes of partitions.json.</summary>
    public static Partition Of(string region) => region switch
    {
        "aws-global" => Aws,
        "aws-cn-global" => China,
        "aws-us-gov-global" => GovCloud,
        "aws-iso-global" => Iso,
        "aws-iso-b-global" => IsoB,
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
