namespace RoleCall.Credentials.Endpoints;

/// <summary>
/// IAM's endpoint rules (botocore's iam endpoint-rule-set-1.json): IAM is global, so the host depends on the
/// partition only, with fixed hosts for the partitions the rules name and `iam[-fips].{suffix}` signed for the
/// partition's implicit global region otherwise. FIPS and dual-stack pick the variant; GovCloud's IAM is FIPS
/// already. These are the hosts botocore sends requests to (its `meta.endpoint_url` differs for some).
/// </summary>
internal static class IamEndpoints
{
    public static ServiceEndpoint Resolve(string region, bool fips, bool dualStack)
    {
        var partition = Partition.Of(region);
        return Named(partition.Name, fips, dualStack) ?? Generic(partition, fips, dualStack);
    }

    private static ServiceEndpoint? Named(string partition, bool fips, bool dualStack) => (partition, fips, dualStack) switch
    {
        ("aws", false, true) => Make("https://iam.global.api.aws", "us-east-1"),
        ("aws", true, true) => Make("https://iam-fips.global.api.aws", "us-east-1"),
        ("aws-cn", false, true) => Make("https://iam.global.api.amazonwebservices.com.cn", "cn-north-1"),
        ("aws-cn", false, false) => Make("https://iam.cn-north-1.amazonaws.com.cn", "cn-north-1"),
        ("aws-us-gov", _, true) => Make("https://iam.us-gov.api.aws", "us-gov-west-1"),
        ("aws-us-gov", _, false) => Make("https://iam.us-gov.amazonaws.com", "us-gov-west-1"),
        ("aws-iso", _, false) => Make($"https://iam{Fips(fips)}.us-iso-east-1.c2s.ic.gov", "us-iso-east-1"),
        ("aws-iso-b", _, false) => Make($"https://iam{Fips(fips)}.us-isob-east-1.sc2s.sgov.gov", "us-isob-east-1"),
        ("aws-iso-e", false, false) => Make("https://iam.eu-isoe-west-1.cloud.adc-e.uk", "eu-isoe-west-1"),
        ("aws-iso-f", false, false) => Make("https://iam.us-isof-south-1.csp.hci.ic.gov", "us-isof-south-1"),
        ("aws-eusc", false, false) => Make("https://iam.eusc-de-east-1.amazonaws.eu", "eusc-de-east-1"),
        _ => null,
    };

    // The rules' fallback: no region in the host, signed for the partition's implicit global region.
    private static ServiceEndpoint Generic(Partition partition, bool fips, bool dualStack) =>
        Make($"https://iam{Fips(fips)}.{partition.Suffix(dualStack)}", partition.ImplicitGlobalRegion);

    private static string Fips(bool fips) => fips ? "-fips" : string.Empty;

    private static ServiceEndpoint Make(string url, string signingRegion) => EndpointResolver.Make(url, signingRegion, "iam");
}
