namespace RoleCall.Ec2.Authorization;

/// <summary>
/// EC2 resource ARNs as the Service Authorization Reference names them; images are owned by their
/// publisher, so an image ARN has no account.
/// https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonec2.html#amazonec2-resources-for-iam-policies
/// </summary>
public static class Ec2Arns
{
    public static string Instance(string region, string account, string instanceId) => $"arn:aws:ec2:{region}:{account}:instance/{instanceId}";

    public static string Image(string region, string imageId) => $"arn:aws:ec2:{region}::image/{imageId}";

    public static string Subnet(string region, string account, string subnetId) => $"arn:aws:ec2:{region}:{account}:subnet/{subnetId}";

    public static string Vpc(string region, string account, string vpcId) => $"arn:aws:ec2:{region}:{account}:vpc/{vpcId}";

    /// <summary>The ARN of a taggable resource by its ID's prefix (`i-`, `vpc-`, `subnet-`).</summary>
    public static string ForId(string region, string account, string id) => id switch
    {
        _ when id.StartsWith("i-", StringComparison.Ordinal) => Instance(region, account, id),
        _ when id.StartsWith("vpc-", StringComparison.Ordinal) => Vpc(region, account, id),
        _ when id.StartsWith("subnet-", StringComparison.Ordinal) => Subnet(region, account, id),
        _ => Image(region, id),
    };
}
