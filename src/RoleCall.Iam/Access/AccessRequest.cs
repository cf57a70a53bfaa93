using RoleCall.Iam.Model;

namespace RoleCall.Iam.Access;

/// <summary>
/// One question another service (S3, EC2, ...) asks the IAM policy engine: may <see cref="Caller"/> perform
/// <see cref="Action"/> (`s3:GetObject`) on <see cref="ResourceArn"/>, with these request-specific condition
/// keys (`s3:prefix`, `ec2:InstanceType`, `aws:RequestTag/K`), and, when the resource has one, its
/// resource-based policy (an S3 bucket policy) and the account that owns the resource.
/// </summary>
/// <param name="Caller">The authenticated principal.</param>
/// <param name="Action">`service:Action` as the Service Authorization Reference names it.</param>
/// <param name="ResourceArn">The resource's ARN, or `*` for actions without a resource type.</param>
/// <param name="Info">The HTTP facts behind the global keys (`aws:SourceIp`, `aws:RequestedRegion`).</param>
public sealed record AccessRequest(Caller Caller, string Action, string ResourceArn, RequestInfo Info)
{
    /// <summary>Service-specific condition keys; a key with several values is multivalued (`aws:TagKeys`).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ConditionKeys { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>The resource's own policy document (JSON), e.g. a bucket policy; null when it has none.</summary>
    public string? ResourcePolicy { get; init; }

    /// <summary>
    /// The account that owns the resource. S3 ARNs carry no account, so S3 passes the bucket owner's; null
    /// takes the account from the ARN, else the caller's own (same-account).
    /// </summary>
    public string? ResourceAccount { get; init; }
}
