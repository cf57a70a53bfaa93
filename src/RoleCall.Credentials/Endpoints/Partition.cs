using System.Text.RegularExpressions;

namespace RoleCall.Credentials.Endpoints;

/// <summary>
/// An AWS partition as botocore's partitions.json defines it: the region pattern and the DNS suffix. Unknown
/// regions fall in `aws`, as botocore resolves them.
/// </summary>
internal sealed partial record Partition(string Name, string DnsSuffix, string GlobalRegion)
{
    public static readonly Partition Aws = new("aws", "amazonaws.com", "aws-global");
    public static readonly Partition China = new("aws-cn", "amazonaws.com.cn", "aws-cn-global");
    public static readonly Partition GovCloud = new("aws-us-gov", "amazonaws.com", "aws-us-gov-global");
    public static readonly Partition Iso = new("aws-iso", "c2s.ic.gov", "aws-iso-global");
    public static readonly Partition IsoB = new("aws-iso-b", "sc2s.sgov.gov", "aws-iso-b-global");
    public static readonly Partition IsoE = new("aws-iso-e", "cloud.adc-e.uk", "aws-iso-e-global");
    public static readonly Partition IsoF = new("aws-iso-f", "csp.hci.ic.gov", "aws-iso-f-global");
    public static readonly Partition EuropeanSovereign = new("aws-eusc", "amazonaws.eu", "aws-eusc-global");

    public static Partition Of(string region) => region switch
    {
        "aws-global" => Aws,
        "aws-cn-global" => China,
        "aws-us-gov-global" => GovCloud,
        "aws-iso-global" => Iso,
        "aws-iso-b-global" => IsoB,
        _ when ChinaRegion().IsMatch(region) => China,
        _ when GovRegion().IsMatch(region) => GovCloud,
        _ when IsoRegion().IsMatch(region) => Iso,
        _ when IsoBRegion().IsMatch(region) => IsoB,
        _ when IsoERegion().IsMatch(region) => IsoE,
        _ when IsoFRegion().IsMatch(region) => IsoF,
        _ when EuscRegion().IsMatch(region) => EuropeanSovereign,
        _ => Aws,
    };

    [GeneratedRegex(@"^cn\-\w+\-\d+$")]
    private static partial Regex ChinaRegion();

    [GeneratedRegex(@"^us\-gov\-\w+\-\d+$")]
    private static partial Regex GovRegion();

    [GeneratedRegex(@"^us\-iso\-\w+\-\d+$")]
    private static partial Regex IsoRegion();

    [GeneratedRegex(@"^us\-isob\-\w+\-\d+$")]
    private static partial Regex IsoBRegion();

    [GeneratedRegex(@"^eu\-isoe\-\w+\-\d+$")]
    private static partial Regex IsoERegion();

    [GeneratedRegex(@"^us\-isof\-\w+\-\d+$")]
    private static partial Regex IsoFRegion();

    [GeneratedRegex(@"^eusc\-(de)\-\w+\-\d+$")]
    private static partial Regex EuscRegion();
}
