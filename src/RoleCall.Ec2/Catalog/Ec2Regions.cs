namespace RoleCall.Ec2.Catalog;

/// <summary>
/// The commercial regions enabled by default (opt-in-not-required), with their zones: what DescribeRegions
/// lists. A call signed for a region not listed still works, with zones a to c (a local service has no
/// reason to refuse a region its user picked).
/// https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html
/// </summary>
public static class Ec2Regions
{
    public static IReadOnlyList<Ec2Region> All { get; } =
    [
        new("ap-northeast-1", "apne1", "acd"),
        new("ap-northeast-2", "apne2", "abcd"),
        new("ap-northeast-3", "apne3", "abc"),
        new("ap-south-1", "aps1", "abc"),
        new("ap-southeast-1", "apse1", "abc"),
        new("ap-southeast-2", "apse2", "abc"),
        new("ca-central-1", "cac1", "abd"),
        new("eu-central-1", "euc1", "abc"),
        new("eu-north-1", "eun1", "abc"),
        new("eu-west-1", "euw1", "abc"),
        new("eu-west-2", "euw2", "abc"),
        new("eu-west-3", "euw3", "abc"),
        new("sa-east-1", "sae1", "abc"),
        new("us-east-1", "use1", "abcdef"),
        new("us-east-2", "use2", "abc"),
        new("us-west-1", "usw1", "ab"),
        new("us-west-2", "usw2", "abcd"),
    ];

    public static Ec2Region Find(string name) =>
        All.FirstOrDefault(r => r.Name == name) ?? new Ec2Region(name, name.Replace("-", "", StringComparison.Ordinal), "abc");
}
