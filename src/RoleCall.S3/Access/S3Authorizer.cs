using RoleCall.Iam.Access;
using RoleCall.Iam.Model;
using RoleCall.S3.Model;

namespace RoleCall.S3.Access;

/// <summary>
/// S3's side of authorization: the action and ARN the Service Authorization Reference gives each operation,
/// the bucket policy as the resource policy, and the bucket owner as the resource account (S3 ARNs carry
/// none). Denials are S3's plain 403 AccessDenied "Access Denied".
/// https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazons3.html
/// </summary>
public sealed class S3Authorizer(IAccessAuthorizer access)
{
    /// <summary>The bucket owner's root may always manage the bucket policy, whatever it says (the lockout escape).</summary>
    private static readonly HashSet<string> OwnerRootAlways = new(StringComparer.Ordinal) { "s3:GetBucketPolicy", "s3:PutBucketPolicy", "s3:DeleteBucketPolicy" };

    public bool IsAllowed(S3Call call, string action, string resourceArn, S3Bucket? bucket, IReadOnlyDictionary<string, IReadOnlyList<string>>? keys = null)
    {
        ArgumentNullException.ThrowIfNull(call);
        var owner = bucket?.OwnerAccount ?? call.Caller.AccountId;
        if (call.Caller.Kind == PrincipalKind.Root && owner == call.Caller.AccountId && OwnerRootAlways.Contains(action))
        {
            return true;
        }

        var request = new AccessRequest(call.Caller, action, resourceArn, call.Info)
        {
            ResourcePolicy = bucket?.Policy,
            ResourceAccount = owner,
            ConditionKeys = keys ?? new Dictionary<string, IReadOnlyList<string>>(),
        };
        return access.Decide(request).IsAllowed;
    }

    /// <summary>Throws AccessDenied unless allowed.</summary>
    public void Require(S3Call call, string action, string resourceArn, S3Bucket? bucket, IReadOnlyDictionary<string, IReadOnlyList<string>>? keys = null)
    {
        if (!IsAllowed(call, action, resourceArn, bucket, keys))
        {
            throw S3Errors.AccessDenied();
        }
    }
}
